using Kapman.MarketData;
using Kapman.MarketData.Postgres;
using Kapman.Metrics.Core;
using Kapman.Metrics.Data;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.History;
using Npgsql;

namespace Kapman.Metrics.Application;

/// <summary>
/// The metrics history path (issue 22 item 2): indicators for every session of a range, per ticker in one streaming pass over
/// its bars (<see cref="HistoryIndicatorCalculator"/>), not one daily step per session. Tickers with a bar in the range are taken
/// in chunks of <see cref="ChunkTickers"/>: each chunk's full histories (every bar up to the range's end, from Ingestion's read
/// contract) are read, computed on all cores, and written in one transaction of its own (<see cref="IndicatorHistoryStore"/>:
/// delete the range, binary COPY), while the next chunk is read and computed. Each row equals what
/// <see cref="DailyIndicatorStep"/> stores for that ticker and session, and a rerun replaces the rows with the same values.
/// </summary>
public sealed class IndicatorHistory(NpgsqlDataSource database, [FromKeyedServices(ReadContracts.MarketData)] NpgsqlDataSource marketData) : IHistoryComputer
{
    /// <summary>Tickers per read, compute and write.</summary>
    public const int ChunkTickers = 48;

    /// <inheritdoc />
    public string Unit => "tickers";

    /// <inheritdoc />
    public async Task RunAsync(DateOnly first, DateOnly last, HistoryProgress progress, CancellationToken ct)
    {
        var (from, to) = (first, last);
        ArgumentNullException.ThrowIfNull(progress);
        await using var bars = await marketData.OpenConnectionAsync(ct);
        var tickers = await MarketBarReader.TickersAsync(bars, from, to, ct);
        progress.Plan(tickers.Count);
        Task? writing = null;
        foreach (var chunk in tickers.Chunk(ChunkTickers))
        {
            var histories = await MarketBarReader.HistoriesAsync(bars, chunk, to, ct);
            var results = Compute(histories, from, to);
            if (writing is not null)
            {
                await writing;
            }

            writing = WriteAsync(chunk, from, to, results, progress, ct);
        }

        if (writing is not null)
        {
            await writing;
        }
    }

    /// <summary>Every ticker's snapshots over the range and its last state, computed on all cores, in ordinal ticker order.</summary>
    public static (string Ticker, IReadOnlyList<IndicatorSnapshot> Snapshots, DailyStep? Last)[] Compute(
        IReadOnlyDictionary<string, List<Bar>> histories, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(histories);
        var ordered = histories.OrderBy(h => h.Key, StringComparer.Ordinal).ToArray();
        var results = new (string, IReadOnlyList<IndicatorSnapshot>, DailyStep?)[ordered.Length];
        Parallel.For(0, ordered.Length, i =>
        {
            var (snapshots, last) = HistoryIndicatorCalculator.Stream(ordered[i].Key, ordered[i].Value, from, to);
            results[i] = (ordered[i].Key, snapshots, last);
        });
        return results;
    }

    private async Task WriteAsync(
        string[] chunk, DateOnly from, DateOnly to, (string Ticker, IReadOnlyList<IndicatorSnapshot> Snapshots, DailyStep? Last)[] results,
        HistoryProgress progress, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await IndicatorHistoryStore.ReplaceAsync(connection, transaction, chunk, from, to, results.SelectMany(r => r.Snapshots), ct);
        var states = results.Where(r => r.Last is not null).Select(r => (r.Ticker, r.Last!.Snapshot.SessionDate, r.Last.State)).ToList();
        await IndicatorHistoryStore.ReplaceStatesAsync(connection, transaction, chunk, from, to, states, ct);
        await transaction.CommitAsync(ct);
        progress.Committed(chunk.Length, results.Sum(r => (long)r.Snapshots.Count));
    }
}
