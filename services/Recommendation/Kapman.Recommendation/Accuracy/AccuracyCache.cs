using Dapper;
using Kapman.Recommendation.Core.Outcomes;
using Npgsql;
using CallsVersion = (long Outcomes, System.DateTime? OutcomesWritten, long Recommendations, System.DateTime? RecommendationsWritten);

namespace Kapman.Recommendation.Accuracy;

/// <summary>
/// Keeps the last accuracy summary (<c>GET /recommendations/accuracy</c>) with the version of the scored calls it was computed
/// from, so a page view does not redo the 1,000-resample bootstrap over every scored call when nothing changed (the full universe
/// has thousands of calls and outcomes change once a week). The version is the count and the latest write time of the outcomes
/// and of the recommendations they join: every path that writes either sets its time. Transactions can commit out of start-time
/// order, so a version is also trusted for at most <see cref="MaxAge"/>: the summary is never staler than that.
/// The summary is a pure function of the calls (the bootstrap's seed is fixed), so a cached one equals a recomputed one.
/// </summary>
public sealed class AccuracyCache(TimeProvider clock) : IDisposable
{
    /// <summary>The longest a summary is served without recomputing, whatever its version says.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim gate = new(1, 1);
    private (CallsVersion Version, DateTimeOffset ComputedAt, AccuracySummary Summary)? last;

    /// <summary>The cached summary when the calls' version is unchanged and it is younger than <see cref="MaxAge"/>; else <paramref name="compute"/>'s, kept.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<AccuracySummary> GetAsync(NpgsqlConnection connection, Func<NpgsqlConnection, CancellationToken, Task<AccuracySummary>> compute, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(compute);
        var version = await VersionAsync(connection, ct);
        await gate.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow();
            if (last is { } entry && entry.Version == version && now - entry.ComputedAt < MaxAge)
            {
                return entry.Summary;
            }

            var summary = await compute(connection, ct);
            last = (version, now, summary);
            return summary;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();

    private static Task<CallsVersion> VersionAsync(NpgsqlConnection connection, CancellationToken ct) =>
        connection.QuerySingleAsync<CallsVersion>(new CommandDefinition(
            """
            SELECT (SELECT count(*) FROM recommendation_outcomes),
                   (SELECT max(evaluated_at) FROM recommendation_outcomes),
                   (SELECT count(*) FROM recommendations),
                   (SELECT max(updated_at) FROM recommendations)
            """, cancellationToken: ct));
}
