using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Kapman.ServiceDefaults.Data;

/// <summary>
/// Where a service reads another service's published read contract (views in the owner's <c>&lt;schema&gt;_api</c> schema,
/// listed in the owner's README): a keyed <see cref="NpgsqlDataSource"/> per owner, from <c>ConnectionStrings:&lt;owner&gt;</c>,
/// which defaults to the service's own <c>ConnectionStrings:Postgres</c>. With one database per service the setting points
/// the reader at the owner's database; with the shared database nothing needs setting. Never use it for an internal table.
/// </summary>
public static class ReadContracts
{
    /// <summary>Ingestion's <c>market_api</c> (daily bars).</summary>
    public const string MarketData = "market-data";

    /// <summary>Options' <c>options_api</c> (stored chains, dealer metrics).</summary>
    public const string Options = "options";

    /// <summary>Wyckoff's <c>wyckoff_api</c> (snapshots).</summary>
    public const string Wyckoff = "wyckoff";

    /// <summary>
    /// Registers the keyed data source of <paramref name="owner"/> (one of the constants above), resolved with
    /// <c>[FromKeyedServices(owner)]</c> or <c>GetRequiredKeyedService&lt;NpgsqlDataSource&gt;(owner)</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">Neither <c>ConnectionStrings:&lt;owner&gt;</c> nor <c>ConnectionStrings:Postgres</c> is set.</exception>
    public static IHostApplicationBuilder AddKapmanReadContract(this IHostApplicationBuilder builder, string owner)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString(owner) ?? builder.Configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException($"Neither ConnectionStrings:{owner} nor ConnectionStrings:Postgres is configured (env ConnectionStrings__{owner}).");
        var csb = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = $"{builder.Environment.ApplicationName} ({owner} read contract)" };
        builder.Services.AddKeyedSingleton(owner, (_, _) => TracedDataSource.Build(csb.ConnectionString));
        return builder;
    }
}
