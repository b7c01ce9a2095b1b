using Kapman.MarketData;
using Kapman.MarketData.Postgres;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.History;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;
using Npgsql;

namespace Kapman.Wyckoff.Application;

/// <summary>
/// The Wyckoff history path (issue 22 item 2): snapshots (scores, events, phase, checklist) and alert rows for every session of
/// a range, in session order. The bars of the range and of the <see cref="WyckoffDailyStep.LookbackCalendarDays"/> before it are
/// read once; each session's histories are cut from them (<see cref="HistoryWindows"/>) and analysed as the daily step does
/// (<see cref="WyckoffDailyStep.Analyze"/>, the same market choice), so every row equals the daily step's for that session.
/// Sessions are written <see cref="SessionsPerCommit"/> at a time by the daily step's upsert, each batch in its own transaction,
/// while the next batch is analysed. Nothing is published: history does not re-announce old alerts to the bus (the alert rows
/// are stored, once per ticker, session and kind, as the daily step stores them).
/// </summary>
public sealed class WyckoffHistory(NpgsqlDataSource database, [FromKeyedServices(ReadContracts.MarketData)] NpgsqlDataSource marketData, WyckoffParameters parameters)
    : IHistoryComputer
{
    /// <summary>Sessions per write transaction.</summary>
    public const int SessionsPerCommit = 10;

    /// <inheritdoc />
    public string Unit => "sessions";

    /// <inheritdoc />
    public async Task RunAsync(DateOnly first, DateOnly last, HistoryProgress progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        Dictionary<string, Bar[]> bars;
        await using (var connection = await marketData.OpenConnectionAsync(ct))
        {
            var read = await MarketBarReader.RangeAsync(connection, first.AddDays(-WyckoffDailyStep.LookbackCalendarDays), last, ct);
            bars = read.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        }

        var sessions = HistoryWindows.Sessions(bars, first, last);
        progress.Plan(sessions.Length);
        Task? writing = null;
        foreach (var batch in sessions.Chunk(SessionsPerCommit))
        {
            var snapshots = Analyze(bars, batch, parameters);
            if (writing is not null)
            {
                await writing;
            }

            writing = WriteAsync(batch.Length, snapshots, progress, ct);
        }

        if (writing is not null)
        {
            await writing;
        }
    }

    /// <summary>The snapshots of <paramref name="sessions"/> in session order, each session's in ordinal ticker order.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static WyckoffSnapshot[] Analyze(IReadOnlyDictionary<string, Bar[]> bars, IReadOnlyList<DateOnly> sessions, WyckoffParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        return sessions.SelectMany(s => WyckoffDailyStep.Analyze(HistoryWindows.Of(bars, s, WyckoffDailyStep.LookbackCalendarDays), parameters)).ToArray();
    }

    private async Task WriteAsync(int sessions, WyckoffSnapshot[] snapshots, HistoryProgress progress, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await SnapshotStore.UpsertBatchAsync(connection, transaction, snapshots, ct);
        await transaction.CommitAsync(ct);
        progress.Committed(sessions, snapshots.Length);
    }
}
