using System.Reflection;
using System.Text.RegularExpressions;

namespace Kapman.ServiceDefaults.Data;

/// <summary>
/// The PostgreSQL schema a service owns and the assembly holding its migrations as embedded
/// <c>Data/Migrations/NNN_name.sql</c> resources, applied in ordinal name order.
/// </summary>
public sealed partial record ServiceSchema
{
    /// <summary>Creates the descriptor.</summary>
    /// <exception cref="ArgumentException">The name is not a plain lower-case SQL identifier.</exception>
    public ServiceSchema(string name, Assembly migrationsAssembly)
    {
        if (!Identifier().IsMatch(name))
        {
            throw new ArgumentException($"Schema name '{name}' must match [a-z_][a-z0-9_]*.", nameof(name));
        }

        Name = name;
        MigrationsAssembly = migrationsAssembly;
    }

    /// <summary>Schema name, e.g. <c>market</c>. Validated, so it is safe to quote into DDL.</summary>
    public string Name { get; }

    /// <summary>Assembly with the embedded migration scripts.</summary>
    public Assembly MigrationsAssembly { get; }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex Identifier();
}
