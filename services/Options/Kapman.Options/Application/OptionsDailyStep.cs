using Kapman.Contracts;
using Kapman.Indicators;
using Kapman.MarketData.Calendar;
using Kapman.Options.Chains;
using Kapman.Options.Core;
using Kapman.Options.Data;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Options.Application;

/// <summary>
/// The work of the options stage inside its transaction. A session's run is opened once (<see cref="OpenAsync"/>: the contracts'
/// partition, retention, the coverage report cleared), then its underlyings are stored in ticker shards, one transaction each,
/// possibly on several replicas (<see cref="StoreAsync"/>: per underlying enrich (IV, greeks), store the chain and dealer metrics,
/// positioning, volatility metrics, the daily summary and its coverage row), and the shard that finishes the run completes it
/// (<see cref="CompleteAsync"/>: the two events, with the dealer lines read back from the tables). <see cref="RunAsync(OutboxTransaction, MarketSessionIngested, IReadOnlyList{SnapshotLoad}, IReadOnlyList{ChainWant}, CancellationToken)"/>
/// does all three for the whole session in one transaction. The 20-day historical volatility beside the IV comes from the session's
/// bars (<see cref="RecentClosesReader"/>), read before the first write: the stage needs nothing from the metrics stage, which runs at the same time.
/// </summary>
/// <remarks>
/// Each underlying runs under its own savepoint. When it fails (a constraint the chain breaks, a calculator that throws) its
/// writes are rolled back to the savepoint, it is reported as <c>FAILED</c> in the stage's error text (stage <c>partial</c>)
/// and the next underlying goes on. Cancellation and transient database errors (connection lost, deadlock) are not
/// isolated: they fail the whole message so that MassTransit retries it.
/// </remarks>
public sealed class OptionsDailyStep(ChainOptions options, RecentClosesReader closes, TimeProvider clock, ILogger<OptionsDailyStep> logger)
{
    private const string Savepoint = "options_underlying";

    /// <summary>Returns in the historical volatility stored beside the IV (<c>hv_20</c>).</summary>
    private const int Hv20Period = 20;

    /// <summary>Closes read per underlying: one more than the returns.</summary>
    private const int HistoryCloses = Hv20Period + 1;

    /// <summary>Stores every usable chain of <paramref name="loads"/> for the message's session and returns the stage outcome.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Task<StageOutcome> RunAsync(OutboxTransaction tx, MarketSessionIngested message, IReadOnlyList<SnapshotLoad> loads, CancellationToken ct) =>
        RunAsync(tx, message, loads, [], ct);

    /// <summary>
    /// The whole session in one transaction (the path before the stage was split into shards): <see cref="OpenAsync"/>, <see cref="StoreAsync"/>
    /// over every load and every wanted underlying, <see cref="CompleteAsync"/>. A wanted underlying with no source is reported, not counted as
    /// a failure: nothing went wrong, there was nothing to load.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<StageOutcome> RunAsync(
        OutboxTransaction tx, MarketSessionIngested message, IReadOnlyList<SnapshotLoad> loads, IReadOnlyList<ChainWant> wanted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        await OpenAsync(tx, message.SessionDate, ct);
        var counts = await StoreAsync(tx, message.SessionDate, loads, wanted, ct);
        return await CompleteAsync(tx, message.RunId, message.SessionDate, counts, ct);
    }

    /// <summary>
    /// Opens a run of <paramref name="session"/>, once, before any shard: under the lock that serialises the stage's partition DDL
    /// (<see cref="ContractRetention.LockAsync"/>) it creates the session's partition of <c>contracts</c>, so that the shards, which take no
    /// lock, do no DDL; it applies contract retention (once per session, so that no two shards delete the same rows) and clears the
    /// session's coverage report, which the shards then fill.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="tx"/> is null.</exception>
    public async Task OpenAsync(OutboxTransaction tx, DateOnly session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        await ContractRetention.LockAsync(tx, ct);
        await ChainStore.EnsurePartitionAsync(tx, session, ct);
        if (options.ContractRetentionDays > 0)
        {
            var (partitions, rows) = await ContractRetention.ApplyAsync(tx, session, MarketToday.Of(clock), options.ContractRetentionDays, ct);
            // Logged only when it removed something: the message itself is logged once by the consumer.
            if (partitions > 0 || rows > 0)
            {
                logger.LogInformation("{Session}: retention {Days} d dropped {Partitions} partition(s) and deleted {Rows} contract row(s)",
                    session, options.ContractRetentionDays, partitions, rows);
            }
        }

        await ChainCoverageStore.ClearAsync(tx, session, ct);
    }

    /// <summary>
    /// Stores every usable chain of <paramref name="loads"/> (one shard's, or the whole session's) for <paramref name="session"/> and writes
    /// the coverage rows of <paramref name="wanted"/> and the loads (<see cref="ChainCoverage"/>); returns what it stored.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<ChainCounts> StoreAsync(
        OutboxTransaction tx, DateOnly session, IReadOnlyList<SnapshotLoad> loads, IReadOnlyList<ChainWant> wanted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(loads);
        ArgumentNullException.ThrowIfNull(wanted);
        var stored = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int underlyings = 0, contracts = 0, skipped = 0, duplicates = 0, modelErrors = 0;
        var failed = new List<SnapshotLoad>();
        var recent = await closes.ClosesAsync(loads.Select(l => l.Underlying).ToList(), session, HistoryCloses, ct);
        foreach (var load in loads)
        {
            if (load.Chain is not { } chain)
            {
                logger.LogWarning("{Underlying} {Session}: chain {Path} skipped: {Reason}", load.Underlying, session, load.Path, load.Failure);
                failed.Add(load);
                continue;
            }

            await tx.Transaction.SaveAsync(Savepoint, ct);
            try
            {
                var enriched = await StoreChainAsync(tx, chain, session, recent.TryGetValue(chain.Underlying, out var c) ? HistoricalVolatility.Annualized(c, Hv20Period) : null, ct);
                await tx.Transaction.ReleaseAsync(Savepoint, ct);
                var chainDuplicates = chain.Skipped.Count(s => s.Reason.StartsWith(SkipReason.DuplicateSymbol, StringComparison.Ordinal));
                var chainModelErrors = enriched.Count(c => c.IvFailureReason == ModelFailure.ModelError);
                if (chainDuplicates > 0 || chainModelErrors > 0)
                {
                    logger.LogWarning("{Underlying} {Session}: {Duplicates} repeated OCC symbol row(s) dropped, {ModelErrors} contract(s) MODEL_ERROR",
                        load.Underlying, session, chainDuplicates, chainModelErrors);
                }

                underlyings++;
                stored[load.Underlying] = enriched.Count;
                contracts += enriched.Count;
                skipped += chain.Skipped.Count;
                duplicates += chainDuplicates;
                modelErrors += chainModelErrors;
            }
            catch (Exception ex) when (IsIsolated(ex, ct))
            {
                await tx.Transaction.RollbackAsync(Savepoint, ct);
                logger.LogError(ex, "{Underlying} {Session}: options failed; the other underlyings go on", load.Underlying, session);
                failed.Add(load with { Chain = null, Failure = $"FAILED: {ex.GetType().Name}: {ex.Message}" });
            }
        }

        await ChainCoverageStore.WriteAsync(tx, session, ChainCoverage.Of(wanted, loads, stored, failed), ct);
        return new ChainCounts(underlyings, contracts, skipped, duplicates, modelErrors);
    }

    /// <summary>
    /// Completes a run of <paramref name="session"/> whose underlyings are all stored, with <paramref name="counts"/> summed over its shards:
    /// publishes <see cref="OptionChainsIngested"/> and <see cref="OptionMetricsComputed"/>, whose dealer lines are read back from the
    /// tables (<see cref="DealerLineStore"/>: the whole session's, whichever replica stored them), and returns the stage outcome, naming each
    /// underlying the coverage report has SKIPPED.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<StageOutcome> CompleteAsync(OutboxTransaction tx, Guid runId, DateOnly session, ChainCounts counts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(counts);
        var coverage = await ChainCoverageStore.ForSessionAsync(tx, session, ct);
        var dealerMetrics = await DealerLineStore.ReadAsync(tx, session, ct);
        await tx.PublishAsync(new OptionChainsIngested(runId, session, counts.Underlyings, counts.Contracts), ct);
        await tx.PublishAsync(new OptionMetricsComputed(runId, session, counts.Underlyings, dealerMetrics), ct);
        return OptionsStageResult.From(counts.Contracts, counts.SkippedContracts,
            [.. coverage.Where(r => r.Status == ChainCoverage.Skipped).OrderBy(r => r.Underlying, StringComparer.Ordinal).Select(r => (r.Underlying, r.Reason))], counts.DuplicateSymbols, counts.ModelErrors);
    }

    /// <summary>Stores one chain and its analytics; returns the enriched contracts.</summary>
    private async Task<IReadOnlyList<EnrichedContract>> StoreChainAsync(
        OutboxTransaction tx, OptionChainSnapshot chain, DateOnly session, double? hv20, CancellationToken ct)
    {
        var underlying = chain.Underlying;
        var enriched = ChainEnricher.Enrich(chain, options.Pricing, options.American);
        var metrics = DealerMetricsCalculator.Compute(underlying, session, chain.Spot, enriched);
        await ChainStore.WriteAsync(tx, chain, enriched, metrics, ct);
        var dealer = DealerPositioningCalculator.Compute(enriched, chain.Spot, options.Pricing, options.Convention);
        var volatility = VolatilityMetricsCalculator.Compute(enriched, chain.Spot);
        var history = await AnalyticsStore.IvHistoryAsync(tx, underlying, session, ct);
        await AnalyticsStore.WriteAsync(tx, underlying, session, dealer, volatility,
            IvHistoryStatistics.Compute(volatility.AtmIv30, history), hv20,
            DailySummaryCalculator.Compute(enriched, chain.Spot), ct);
        return enriched;
    }

    /// <summary>Failures that belong to one underlying; cancellation and transient database errors fail the message instead.</summary>
    private static bool IsIsolated(Exception exception, CancellationToken ct) =>
        exception is not OperationCanceledException && exception is not NpgsqlException { IsTransient: true } && !ct.IsCancellationRequested;
}
