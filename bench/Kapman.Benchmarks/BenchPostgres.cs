using Dapper;
using Npgsql;

namespace Kapman.Benchmarks;

/// <summary>
/// Throw-away benchmark databases on the PostgreSQL server of <c>KAPMAN_BENCH_PG_ADMIN</c> (an administrator
/// connection string; default the local superuser by peer login over the Unix socket, as deploy/start-infra.sh sets it up:
/// no password).
/// </summary>
public static class BenchPostgres
{
    private static readonly string Admin = Environment.GetEnvironmentVariable("KAPMAN_BENCH_PG_ADMIN")
        ?? "Host=/var/run/postgresql;Port=5432;Username=postgres;Database=postgres;Pooling=false";

    /// <summary>Creates an empty database named <paramref name="prefix"/> plus a random suffix and returns its name.</summary>
    /// <param name="prefix">A plain identifier, e.g. <c>kapman_bench_metrics_</c>.</param>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..10];
        await using var admin = new NpgsqlConnection(Admin);
        await admin.OpenAsync();
        // CREATE DATABASE takes no parameters; the name is a code constant plus a GUID.
        await admin.ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return name;
    }

    /// <summary>A pooled connection string to <paramref name="database"/> with <paramref name="searchPath"/>.</summary>
    public static string ConnectionString(string database, string searchPath) =>
        new NpgsqlConnectionStringBuilder(Admin) { Database = database, SearchPath = searchPath, Pooling = true }.ConnectionString;

    /// <summary>Drops <paramref name="database"/>, closing its connections.</summary>
    public static async Task DropDatabaseAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Admin);
        await admin.OpenAsync();
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }
}
