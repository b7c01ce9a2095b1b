using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Kapman.ServiceDefaults.Data;

/// <summary>
/// Applies ordered <c>.sql</c> migrations to one schema: first the shared messaging tables (outbox, inbox),
/// then the service's own scripts. Each script runs in its own transaction and is recorded in
/// <c>&lt;schema&gt;.schema_migrations</c>; a session-level advisory lock keyed on the schema lets several
/// replicas start at once without racing.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource dataSource, ServiceSchema schema, ILogger<MigrationRunner> logger)
{
    private const string SharedPrefix = "Kapman.ServiceDefaults.Messaging.Sql.";

    /// <summary>Applies every migration not yet recorded. Idempotent.</summary>
    /// <exception cref="NpgsqlException">A script fails; its transaction is rolled back and startup stops.</exception>
    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(hashtext(@key))", new { key = "kapman-migrations:" + schema.Name }, cancellationToken: ct));
        try
        {
            // The schema name is validated by ServiceSchema, so quoting it into DDL is safe.
            await connection.ExecuteAsync(new CommandDefinition(
                $"CREATE SCHEMA IF NOT EXISTS \"{schema.Name}\"; " +
                $"CREATE TABLE IF NOT EXISTS \"{schema.Name}\".schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
                cancellationToken: ct));
            var applied = (await connection.QueryAsync<string>(new CommandDefinition(
                $"SELECT version FROM \"{schema.Name}\".schema_migrations", cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);

            foreach (var (version, sql) in Scripts())
            {
                if (applied.Contains(version))
                {
                    continue;
                }

                await using var tx = await connection.BeginTransactionAsync(ct);
                await connection.ExecuteAsync(new CommandDefinition($"SET LOCAL search_path TO \"{schema.Name}\"", transaction: tx, cancellationToken: ct));
                await connection.ExecuteAsync(new CommandDefinition(sql, transaction: tx, cancellationToken: ct));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations (version) VALUES (@version)", new { version }, tx, cancellationToken: ct));
                await tx.CommitAsync(ct);
                logger.LogInformation("Applied migration {Version} to schema {Schema}", version, schema.Name);
            }
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(hashtext(@key))", new { key = "kapman-migrations:" + schema.Name }, cancellationToken: CancellationToken.None));
        }
    }

    /// <summary>Shared scripts first (prefixed <c>000-</c>), then the service's, each in ordinal order.</summary>
    private IEnumerable<(string Version, string Sql)> Scripts()
    {
        var shared = Read(typeof(MigrationRunner).Assembly, SharedPrefix).Select(s => ("000-" + s.Version, s.Sql));
        var own = Read(schema.MigrationsAssembly, ".Data.Migrations.");
        return shared.Concat(own);
    }

    private static IEnumerable<(string Version, string Sql)> Read(Assembly assembly, string marker)
    {
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(marker, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var version = resource[(resource.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..^4];
            yield return (version, reader.ReadToEnd());
        }
    }
}
