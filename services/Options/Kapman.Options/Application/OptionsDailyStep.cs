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
/// The work of the options stage inside its transaction, one underlying at a time: enrich (IV, greeks), store the chain and
/// dealer metrics, positioning, volatility metrics and the daily summary; then contract retention and the two events.
/// The 20-day historical volatility beside the IV comes from the session's bars (<see cref="RecentClosesReader"/>), read
/// before the first write: the stage needs nothing from the metrics stage, which runs at the same time.
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
    /// As <see cref="RunAsync(OutboxTransaction, MarketSessionIngested, IReadOnlyList{SnapshotLoad}, CancellationToken)"/>, and replaces the
    /// session's per-underlying report (<see cref="ChainCoverage"/>) over <paramref name="wanted"/> and the loads. A wanted underlying with no
    /// source is reported, not counted as a failure: nothing went wrong, there was nothing to load.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<StageOutcome> RunAsync(
        OutboxTransaction tx, MarketSessionIngested message, IReadOnlyList<SnapshotLoad> loads, IReadOnlyList<ChainWant> wanted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var stored = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(loads);
        int underlyings = 0, contracts = 0, skipped = 0, duplicates = 0, modelErrors = 0;
        var failed = new List<SnapshotLoad>();
        var dealerMetrics = new List<UnderlyingDealerMetrics>();
        var recent = await closes.ClosesAsync(loads.Select(l => l.Underlying).ToList(), message.SessionDate, HistoryCloses, ct);
        await ContractRetention.LockAsync(tx, ct);
        foreach (var load in loads)
        {
            if (load.Chain is not { } chain)
            {
                logger.LogWarning("{Underlying} {Session}: chain {Path} skipped: {Reason}", load.Underlying, message.SessionDate, load.Path, load.Failure);
                failed.Add(load);
                continue;
            }

            await tx.Transaction.SaveAsync(Savepoint, ct);
            try
            {
                var (enriched, dealer) = await StoreAsync(tx, chain, message.SessionDate, recent.TryGetValue(chain.Underlying, out var c) ? HistoricalVolatility.Annualized(c, Hv20Period) : null, ct);
                await tx.Transaction.ReleaseAsync(Savepoint, ct);
                if (dealer is not null)
                {
                    dealerMetrics.Add(dealer);
                }

                var chainDuplicates = chain.Skipped.Count(s => s.Reason.StartsWith(SkipReason.DuplicateSymbol, StringComparison.Ordinal));
                var chainModelErrors = enriched.Count(c => c.IvFailureReason == ModelFailure.ModelError);
                if (chainDuplicates > 0 || chainModelErrors > 0)
                {
                    logger.LogWarning("{Underlying} {Session}: {Duplicates} repeated OCC symbol row(s) dropped, {ModelErrors} contract(s) MODEL_ERROR",
                        load.Underlying, message.SessionDate, chainDuplicates, chainModelErrors);
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
                logger.LogError(ex, "{Underlying} {Session}: options failed; the other underlyings go on", load.Underlying, message.SessionDate);
                failed.Add(load with { Chain = null, Failure = $"FAILED: {ex.GetType().Name}: {ex.Message}" });
            }
        }

        if (options.ContractRetentionDays > 0)
        {
            var (partitions, rows) = await ContractRetention.ApplyAsync(tx, message.SessionDate, MarketToday.Of(clock), options.ContractRetentionDays, ct);
            // Logged only when it removed something: the message itself is logged once by the consumer.
            if (partitions > 0 || rows > 0)
            {
                logger.LogInformation("{Session}: retention {Days} d dropped {Partitions} partition(s) and deleted {Rows} contract row(s)",
                    message.SessionDate, options.ContractRetentionDays, partitions, rows);
            }
        }

        await ChainCoverageStore.ReplaceAsync(tx, message.SessionDate, ChainCoverage.Of(wanted, loads, stored, failed), ct);
        await tx.PublishAsync(new OptionChainsIngested(message.RunId, message.SessionDate, underlyings, contracts), ct);
        await tx.PublishAsync(new OptionMetricsComputed(
            message.RunId, message.SessionDate, underlyings, dealerMetrics.OrderBy(d => d.Underlying, StringComparer.Ordinal).ToList()), ct);
        return OptionsStageResult.From(contracts, skipped, failed, duplicates, modelErrors);
    }

    /// <summary>Stores one chain and its analytics; returns the enriched contracts and the dealer positioning the event carries (null when the spot or net GEX is unusable).</summary>
    private async Task<(IReadOnlyList<EnrichedContract> Enriched, UnderlyingDealerMetrics? Dealer)> StoreAsync(
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
        return (enriched, DealerLine(metrics, dealer));
    }

    /// <summary>
    /// What the Wyckoff service shows beside a snapshot: the walls are the call and put strikes with the most open interest
    /// (ties: the lower call strike, the higher put strike). Null when the spot is not positive or a value is not finite (JSON
    /// cannot carry NaN).
    /// </summary>
    private static UnderlyingDealerMetrics? DealerLine(DealerMetrics metrics, DealerPositioning dealer) =>
        metrics.Spot > 0 && double.IsFinite(metrics.Spot) && double.IsFinite(metrics.NetGex)
            ? new UnderlyingDealerMetrics(
                metrics.Underlying, metrics.Spot, metrics.NetGex, Finite(dealer.GammaFlip), Finite(dealer.Dgpi), dealer.Position,
                metrics.CallWalls.OrderByDescending(w => w.OpenInterest).ThenBy(w => w.Strike).Select(w => (double?)w.Strike).FirstOrDefault(),
                metrics.PutWalls.OrderByDescending(w => w.OpenInterest).ThenByDescending(w => w.Strike).Select(w => (double?)w.Strike).FirstOrDefault(),
                ChainOptions.ModelVersion)
            : null;

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    /// <summary>Failures that belong to one underlying; cancellation and transient database errors fail the message instead.</summary>
    private static bool IsIsolated(Exception exception, CancellationToken ct) =>
        exception is not OperationCanceledException && exception is not NpgsqlException { IsTransient: true } && !ct.IsCancellationRequested;
}
