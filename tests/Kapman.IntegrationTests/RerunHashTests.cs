using Npgsql;

namespace Kapman.IntegrationTests;

/// <summary>
/// Issue 17 §2 (no race): every stage's inputs are complete before it runs, so rerunning the whole pipeline on the same
/// session recomputes the same output. The content of every table of every service, bar the per-run bookkeeping, is
/// hashed before and after a rerun and must be identical. Timestamp columns (when a row was computed or stored) are
/// left out of the hash: they say when, not what.
/// </summary>
public class RerunHashTests
{
    /// <summary>
    /// Tables that record runs or deliveries rather than results: a rerun adds to them by design. The exit monitor's decision
    /// log grows on its own clock (a HOLD row per open position per scan), whether or not a session is rerun. The shard tables
    /// record which replica split or handled a session's shards (issue 23): a rerun is a new split.
    /// </summary>
    private static readonly string[] Bookkeeping =
    [
        "market.pipeline_runs", "market.pipeline_stages", "market.ingestion_runs", "recommendation.run_inputs", "execution.exit_decisions",
        "metrics.session_splits", "metrics.session_shards", "options.session_splits", "options.session_shards", "wyckoff.session_splits",
        "wyckoff.session_shards",
    ];

    private static readonly string[] Schemas = ["market", "metrics", "options", "wyckoff", "recommendation", "notification", "execution"];

    [Test]
    public async Task Rerunning_a_session_leaves_every_services_tables_with_the_same_content()
    {
        var before = await HashTablesAsync();
        var run = await Suite.RunPipelineAsync(TestData.Session);
        var after = await HashTablesAsync();

        Assert.That(run.GetProperty("status").GetString(), Is.EqualTo("succeeded"), run.ToString());
        Assert.That(Suite.Stage(run, "metrics").GetProperty("count").GetInt32(), Is.GreaterThan(0), "the rerun recomputed the indicators rather than skipping them");
        Assert.That(before.Keys, Has.Count.GreaterThanOrEqualTo(15), "the tables of all services were hashed: " + string.Join(", ", before.Keys));
        var changed = before.Keys.Where(table => after.GetValueOrDefault(table) != before[table]).ToList();
        Assert.That(changed, Is.Empty, "tables whose content changed on a rerun of the same session");
        await TestContext.Out.WriteLineAsync($"{before.Count} tables hashed, identical after the rerun: {string.Join(", ", before.Keys)}");
    }

    /// <summary>md5 of each table's rows (every non-timestamp column, rows sorted) keyed by <c>schema.table</c>.</summary>
    private static async Task<Dictionary<string, string>> HashTablesAsync()
    {
        var columns = new List<(string Table, string Column)>();
        await using (var list = Suite.Db.CreateCommand(
            """
            SELECT c.table_schema || '.' || c.table_name, c.column_name
            FROM information_schema.columns c
            JOIN pg_class k ON k.relname = c.table_name
            JOIN pg_namespace n ON n.oid = k.relnamespace AND n.nspname = c.table_schema
            WHERE c.table_schema = ANY(@schemas) AND k.relkind IN ('r', 'p', 'f') AND NOT k.relispartition
              AND c.table_name NOT IN ('outbox', 'inbox', 'schema_migrations')
              AND c.data_type NOT LIKE 'timestamp%'
            ORDER BY 1, c.ordinal_position
            """))
        {
            list.Parameters.Add(new NpgsqlParameter("schemas", Schemas));
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in columns.GroupBy(c => c.Table).Where(t => !Bookkeeping.Contains(t.Key)))
        {
            // Identifiers come from the catalogue, quoted; nothing here is user input.
            var row = string.Join(", ", table.Select(c => Quote(c.Column)));
            var name = string.Join('.', table.Key.Split('.').Select(Quote));
            await using var hash = Suite.Db.CreateCommand(
                $"SELECT md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) || ':' || count(*) FROM (SELECT ROW({row})::text AS r FROM {name}) s");
            hashes[table.Key] = (string)(await hash.ExecuteScalarAsync())!;
        }

        return hashes;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
