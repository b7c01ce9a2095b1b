using System.Text.RegularExpressions;
using Npgsql;

namespace Kapman.AppHost.Suite;

/// <summary>Creates the suite's database when it is missing, connecting to the server's <c>postgres</c> database.</summary>
public static partial class DatabaseBootstrapper
{
    private const string ExistsSql = "SELECT 1 FROM pg_database WHERE datname = @name";

    /// <summary>Ensures the database named in <paramref name="connectionString"/> exists; true when it was created now.</summary>
    /// <exception cref="ArgumentException">The database name is not a plain identifier ([A-Za-z_][A-Za-z0-9_]*).</exception>
    /// <exception cref="NpgsqlException">The server is unreachable or refuses the credentials.</exception>
    public static async Task<bool> EnsureDatabaseAsync(string connectionString, CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = string.IsNullOrEmpty(target.Database) ? "kapman" : target.Database;
        if (!Identifier().IsMatch(name))
        {
            throw new ArgumentException($"Database name '{name}' is not a plain identifier.", nameof(connectionString));
        }

        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(ct);
        await using (var exists = new NpgsqlCommand(ExistsSql, connection))
        {
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync(ct) is not null)
            {
                return false;
            }
        }

        // CREATE DATABASE takes no parameters; the name was checked against Identifier() above.
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync(ct);
        return true;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
