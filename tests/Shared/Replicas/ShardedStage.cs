using System.Reflection;

namespace Kapman.Testing;

/// <summary>A stage split into ticker shards, as <see cref="ShardedStageTrial"/> runs it.</summary>
/// <param name="Service">The service folder and project suffix, e.g. <c>Metrics</c>.</param>
/// <param name="Schema">Its schema, e.g. <c>metrics</c>.</param>
/// <param name="Migrations">The assembly holding its migrations (the host).</param>
/// <param name="Completion">The event its last shard publishes, e.g. <c>IndicatorsComputed</c>.</param>
/// <param name="OutputHashes">Per output table, a query of one md5 over the table's ordered contents (timestamps of the write left out).</param>
/// <param name="WholeSession">
/// The stage's work for one whole session in one transaction on the given database (its step with <c>TickerShard.Whole</c>, the path
/// that ran before the stage was sharded), the reference the sharded runs must equal.
/// </param>
internal sealed record ShardedStage(
    string Service, string Schema, Assembly Migrations, string Completion, IReadOnlyDictionary<string, string> OutputHashes,
    Func<Npgsql.NpgsqlDataSource, DateOnly, Task> WholeSession)
{
    /// <summary>The sessions each trial runs, ascending (the last is the one a replica is killed in); null runs the sample's April 2025 sessions.</summary>
    public IReadOnlyList<DateOnly>? Sessions { get; init; }

    /// <summary>Settings every replica gets besides the trial's own (e.g. a data root); none by default.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>What the trial database needs besides the sample bars before the replicas start (e.g. another read contract); nothing by default.</summary>
    public Func<Npgsql.NpgsqlDataSource, Task>? Prepare { get; init; }

    /// <summary>The md5 of every row of <paramref name="table"/> as JSON without <paramref name="timestamps"/>, in the order of that text.</summary>
    public static string TableHash(string table, params string[] timestamps) =>
        // Identifiers are constants of the test; no value is interpolated.
        $"SELECT coalesce(md5(string_agg(r, E'\\n' ORDER BY r)), 'empty') FROM (SELECT (to_jsonb(t){string.Concat(timestamps.Select(c => $" - '{c}'"))})::text AS r FROM {table} t) x";
}
