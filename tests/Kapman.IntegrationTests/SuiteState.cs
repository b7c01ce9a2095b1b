using System.Text.Json;
using Dapper;

namespace Kapman.IntegrationTests;

/// <summary>
/// What an outage must not change, read for the session the trials rerun: the rows each stage keeps per session, the
/// duplicates the unique business keys would show, the emails, and every message waiting in an <c>_error</c> queue.
/// </summary>
internal sealed record SuiteState(IReadOnlyDictionary<string, long> Counts, IReadOnlyDictionary<string, int> ErrorQueues)
{
    private static readonly string[] CountQueries =
    [
        "SELECT count(*) FROM metrics.indicators WHERE session_date = '2025-08-26'",
        "SELECT count(*) FROM wyckoff.snapshots WHERE session_date = '2025-08-26'",
        "SELECT count(*) FROM wyckoff.alerts WHERE session_date = '2025-08-26'",
        "SELECT count(*) FROM recommendation.recommendations WHERE session_date = '2025-08-26'",
        "SELECT count(*) FROM notification.messages WHERE kind <> 'PIPELINE_FAULT'",
        "SELECT count(*) - count(DISTINCT (ticker, kind)) FROM wyckoff.alerts WHERE session_date = '2025-08-26'",
    ];

    /// <summary>Reads the counts and the messages in each <c>_error</c> queue.</summary>
    public static async Task<SuiteState> ReadAsync()
    {
        var counts = new Dictionary<string, long>();
        await using (var connection = await Suite.Db.OpenConnectionAsync())
        {
            foreach (var sql in CountQueries)
            {
                counts[sql] = await connection.ExecuteScalarAsync<long>(sql);
            }
        }

        using var rabbit = new BrowserRabbitManagement();
        var queues = new Dictionary<string, int>();
        foreach (var queue in await rabbit.QueueNamesAsync())
        {
            if (queue.EndsWith("_error", StringComparison.Ordinal))
            {
                queues[queue] = await rabbit.PeekCountAsync(queue);
            }
        }

        return new SuiteState(counts, queues);
    }

    /// <summary>Rows or emails that were not there before (a rerun of the session must add none).</summary>
    public int DuplicatesSince(SuiteState before) =>
        (int)Counts.Sum(c => Math.Max(0, c.Value - before.Counts.GetValueOrDefault(c.Key)));

    /// <summary>Messages that went to an <c>_error</c> queue since <paramref name="before"/>.</summary>
    public int ParkedSince(SuiteState before) => ParkedByQueue(before).Values.Sum();

    /// <summary>How many messages went to each <c>_error</c> queue since <paramref name="before"/> (queues that gained none are left out).</summary>
    public IReadOnlyDictionary<string, int> ParkedByQueue(SuiteState before) =>
        ErrorQueues.Select(q => (q.Key, Parked: q.Value - before.ErrorQueues.GetValueOrDefault(q.Key)))
            .Where(q => q.Parked > 0)
            .ToDictionary(q => q.Key, q => q.Parked, StringComparer.Ordinal);

    /// <summary>Describes the differences, for assertion messages.</summary>
    public string Describe(SuiteState before) => JsonSerializer.Serialize(new
    {
        counts = Counts.Where(c => c.Value != before.Counts.GetValueOrDefault(c.Key)).ToDictionary(c => c.Key, c => $"{before.Counts.GetValueOrDefault(c.Key)} -> {c.Value}"),
        errorQueues = ErrorQueues.Where(q => q.Value != before.ErrorQueues.GetValueOrDefault(q.Key)).ToDictionary(q => q.Key, q => $"{before.ErrorQueues.GetValueOrDefault(q.Key)} -> {q.Value}"),
    });
}
