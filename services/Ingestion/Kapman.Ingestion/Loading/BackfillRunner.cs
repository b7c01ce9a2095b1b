using System.Diagnostics;
using Kapman.Ingestion.Apis;
using Kapman.Ingestion.Sources;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Ingestion.Loading;

/// <summary>
/// Loads every day of a range, one transaction per session, with the next session's download and parse running while
/// the current one is COPYed (at most one read ahead, so memory stays flat whatever the range). Stops at the first
/// session whose source stays unreachable; a rerun resumes (loads are idempotent upserts).
/// </summary>
public sealed class BackfillRunner(ServiceDatabase database, SessionLoader loader)
{
    /// <summary>Runs the backfill over [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public async Task<BackfillResponse> RunAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        int sessions = 0, missing = 0, rejected = 0, rows = 0, inserted = 0, quarantined = 0;
        var next = loader.Prefetch(from, ct);
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var current = next;
            next = day < to ? loader.Prefetch(day.AddDays(1), ct) : null;
            await using var tx = await database.BeginAsync(ct);
            var result = await loader.LoadAsync(day, tx, ct, current);
            await tx.CommitAsync(ct);
            switch (result.Status)
            {
                case "loaded":
                    sessions++;
                    break;
                case "missing":
                    missing++;
                    break;
                case "closed":
                    break;
                case "failed":
                    await Observe(next);
                    return new BackfillResponse(sessions, missing, rejected, rows, inserted, quarantined, watch.ElapsedMilliseconds, day, result.Error);
                default:
                    rejected++;
                    break;
            }

            rows += result.Rows;
            inserted += result.Inserted;
            quarantined += result.Quarantined;
        }

        return new BackfillResponse(sessions, missing, rejected, rows, inserted, quarantined, watch.ElapsedMilliseconds);
    }

    /// <summary>Waits for an abandoned read-ahead so its failure (the same unavailable source) is observed, not left unobserved.</summary>
    private static async Task Observe(Task<SessionFileReadResult>? pending)
    {
        if (pending is null)
        {
            return;
        }

        try
        {
            await pending;
        }
        catch (SessionSourceUnavailableException)
        {
            // The backfill already failed with the first session's reason.
        }
    }
}
