using Npgsql;

namespace Kapman.AppHost.Suite;

/// <summary>
/// Which services own a database, and which owner serves each read contract, for the one-database-per-service layout
/// (<c>Kapman:Data:DatabasePerService</c>, docs/domain/architecture.md#data-ownership). Each owner's database is named
/// <c>&lt;base&gt;_&lt;service&gt;</c>, where the base is the suite's database (<c>kapman</c> by default): so the
/// shared layout's <c>kapman</c> and the split layout's <c>kapman_ingestion</c>, <c>kapman_options</c>, ... sit side by side.
/// </summary>
public static class ServiceDatabases
{
    /// <summary>The services that keep data (the gateway and the web keep none), in <see cref="SuiteLayout.Services"/> order.</summary>
    public static IReadOnlyList<string> Owners { get; } = ["ingestion", "options", "metrics", "wyckoff", "recommendation", "execution", "notification"];

    /// <summary>
    /// Read contract name (<c>ConnectionStrings:&lt;name&gt;</c>, the constants of <c>Kapman.ServiceDefaults.Data.ReadContracts</c>)
    /// → the service whose database publishes it.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadContractOwners { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["market-data"] = "ingestion",
        ["options"] = "options",
        ["wyckoff"] = "wyckoff",
    };

    /// <summary>Whether <paramref name="service"/> keeps data of its own.</summary>
    public static bool Owns(string service) => Owners.Contains(service, StringComparer.Ordinal);

    /// <summary><paramref name="connectionString"/> pointed at <paramref name="service"/>'s own database.</summary>
    /// <exception cref="ArgumentException"><paramref name="service"/> keeps no data.</exception>
    public static string For(string connectionString, string service)
    {
        if (!Owns(service))
        {
            throw new ArgumentException($"'{service}' keeps no data; owners: {string.Join(", ", Owners)}.", nameof(service));
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Database = $"{(string.IsNullOrEmpty(builder.Database) ? "kapman" : builder.Database)}_{service}";
        return builder.ConnectionString;
    }
}
