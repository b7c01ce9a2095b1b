using Kapman.Ingestion.Core;
using Kapman.Ingestion.Loading;
using Npgsql;

namespace Kapman.Ingestion.Data;

/// <summary>
/// A backfill's write of one parsed session in its own transaction, in as few round trips as the work allows: the split
/// suspects are found first (no round trip when the previous closes are in memory and no move is large), then the bars
/// are binary-COPYed straight into <c>daily_bars</c> (or upserted when the session already has a loaded run), then one
/// batch refreshes tickers, replaces quarantine rows and split factors and records the run, then the commit.
/// The month partition must exist (see <see cref="EnsurePartitionAsync"/>).
/// </summary>
public static class SessionWriter
{
    /// <summary>Creates the month partition holding <paramref name="session"/> when missing (its own statement, outside any session transaction).</summary>
    public static async Task EnsurePartitionAsync(NpgsqlConnection connection, DateOnly session, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT ensure_daily_bars_partition(@session)", connection);
        command.Parameters.AddWithValue("session", session);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Stores the session and commits; returns what was loaded.</summary>
    /// <param name="connection">Open connection, no transaction in progress.</param>
    /// <param name="parsed">The session's validated rows.</param>
    /// <param name="source">Where they came from (recorded with the run and the quarantine rows).</param>
    /// <param name="stored">True when the session may already have rows (a loaded run exists): upsert instead of COPY.</param>
    /// <param name="previousCloses">Ticker → close of the previous NYSE session when known, else null (read from the table).</param>
    /// <param name="startedAt">When the session's load started (UTC).</param>
    /// <param name="clock">Clock for the run's end time.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<SessionLoadResult> WriteAsync(NpgsqlConnection connection, SessionFileParseResult parsed, string source, bool stored,
        IReadOnlyDictionary<string, double>? previousCloses, DateTimeOffset startedAt, TimeProvider clock, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        var suspects = await SplitFactorStore.FindAsync(connection, tx, parsed.SessionDate, parsed.Bars, previousCloses, ct);
        var inserted = stored ? await BarStore.UpsertAsync(connection, tx, parsed, ct) : await BarStore.CopyAsync(connection, "daily_bars", parsed.Bars, ct);
        var tickers = parsed.Bars.Select(b => b.Ticker).Distinct(StringComparer.Ordinal).Count();
        var result = new SessionLoadResult(parsed.SessionDate, source, "loaded", parsed.Bars.Count, inserted, parsed.Quarantined.Count, tickers, null);
        await using (var finish = new NpgsqlBatch(connection, tx))
        {
            foreach (var command in BarStore.FinishCommands(parsed, source).Concat(SplitFactorStore.ReplaceCommands(parsed.SessionDate, suspects)))
            {
                finish.BatchCommands.Add(command);
            }

            finish.BatchCommands.Add(BarStore.RunCommand(result, startedAt, clock.GetUtcNow()));
            await finish.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        return result;
    }
}
