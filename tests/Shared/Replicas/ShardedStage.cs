using System.Reflection;
using Dapper;

namespace Kapman.Testing;

/// <summary>A stage split into ticker shards, as <see cref="ShardedStageTrial"/> runs it.</summary>
/// <param name="Service">The service folder and project suffix, e.g. <c>Metrics</c>.</param>
/// <param name="Schema">Its schema, e.g. <c>metrics</c>.</param>
/// <param name="Migrations">The assembly holding its migrations (the host).</param>
/// <param name="Completion">The event its last shard publishes, e.g. <c>IndicatorsComputed</c>.</param>
/// <param name="OutputHashes">Per output table, one md5 over its ordered contents (timestamps of the write left out), read on the given connection: <see cref="TableHash"/> or <see cref="QueryHash"/>.</param>
/// <param name="WholeSession">
/// The stage's work for one whole session in one transaction on the given database (its step with <c>TickerShard.Whole</c>, the path
/// that ran before the stage was sharded), the reference the sharded runs must equal.
/// </param>
internal sealed record ShardedStage(
    string Service, string Schema, Assembly Migrations, string Completion, IReadOnlyDictionary<string, Func<Npgsql.NpgsqlConnection, Task<string?>>> OutputHashes,
    Func<Npgsql.NpgsqlDataSource, DateOnly, Task> WholeSession)
{
    /// <summary>The sessions each trial runs, ascending (the last is the one a replica is killed in); null runs the sample's April 2025 sessions.</summary>
    public IReadOnlyList<DateOnly>? Sessions { get; init; }

    /// <summary>Settings every replica gets besides the trial's own (e.g. a data root); none by default.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>What the trial database needs besides the sample bars before the replicas start (e.g. another read contract); nothing by default.</summary>
    public Func<Npgsql.NpgsqlDataSource, Task>? Prepare { get; init; }

    /// <summary>
    /// Hashes a table on the server: its name is a <c>regclass</c> parameter that the function quotes with <c>format('%s')</c>, and the
    /// left-out columns a <c>text[]</c> parameter, so the query the test sends is constant. <c>pg_temp</c>: the function lives only in
    /// the connection that creates it.
    /// </summary>
    private const string HashFunction =
        """
        CREATE OR REPLACE FUNCTION pg_temp.kapman_table_hash(tbl regclass, excluded text[]) RETURNS text LANGUAGE plpgsql AS $$
        DECLARE result text;
        BEGIN
            EXECUTE format('SELECT coalesce(md5(string_agg(r, E''\n'' ORDER BY r)), ''empty'') FROM (SELECT (to_jsonb(t) - $1)::text AS r FROM %s t) x', tbl)
                INTO result USING excluded;
            RETURN result;
        END $$
        """;

    /// <summary>The md5 of every row of <paramref name="table"/> as JSON without <paramref name="timestamps"/>, in the order of that text.</summary>
    public static Func<Npgsql.NpgsqlConnection, Task<string?>> TableHash(string table, params string[] timestamps) =>
        async connection =>
        {
            await connection.ExecuteAsync(HashFunction);
            return await connection.ExecuteScalarAsync<string>(
                "SELECT pg_temp.kapman_table_hash(@table::regclass, @timestamps)", new { table, timestamps });
        };

    /// <summary>The md5 a constant <paramref name="sql"/> computes (one value).</summary>
    public static Func<Npgsql.NpgsqlConnection, Task<string?>> QueryHash(string sql) =>
        connection => connection.ExecuteScalarAsync<string>(sql);
}
