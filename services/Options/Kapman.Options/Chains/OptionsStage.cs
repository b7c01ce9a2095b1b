using Kapman.Contracts;
using Kapman.Options.Core;
using Kapman.Options.Data;
using Kapman.ServiceDefaults.MarketData;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Options.Chains;

/// <summary>
/// The work of the options stage inside its transaction, one underlying at a time: enrich (IV, greeks), store the chain and
/// dealer metrics, positioning, volatility metrics and the daily summary; then contract retention and the two events.
/// </summary>
/// <remarks>
/// Each underlying runs under its own savepoint. When it fails (a constraint the chain breaks, a calculator that throws) its
/// writes are rolled back to the savepoint, it is reported as <c>FAILED</c> in the stage's error text (stage <c>partial</c>)
/// and the next underlying goes on. Cancellation and transient database errors (connection lost, deadlock) are not
/// isolated: they fail the whole message so that MassTransit retries it.
/// </remarks>
public sealed class OptionsStage(ChainOptions options, TimeProvider clock, ILogger<OptionsStage> logger)
{
    private const string Savepoint = "options_underlying";

    /// <summary>Stores every usable chain of <paramref name="loads"/> for the message's session and returns the stage outcome.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<StageOutcome> RunAsync(OutboxTransaction tx, MarketSessionIngested message, IReadOnlyList<SnapshotLoad> loads, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(loads);
        int underlyings = 0, contracts = 0, skipped = 0, duplicates = 0, modelErrors = 0;
        var failed = new List<SnapshotLoad>();
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
                var enriched = await StoreAsync(tx, chain, message.SessionDate, ct);
                await tx.Transaction.ReleaseAsync(Savepoint, ct);
                var chainDuplicates = chain.Skipped.Count(s => s.Reason.StartsWith(SkipReason.DuplicateSymbol, StringComparison.Ordinal));
                var chainModelErrors = enriched.Count(c => c.IvFailureReason == ModelFailure.ModelError);
                if (chainDuplicates > 0 || chainModelErrors > 0)
                {
                    logger.LogWarning("{Underlying} {Session}: {Duplicates} repeated OCC symbol row(s) dropped, {ModelErrors} contract(s) MODEL_ERROR",
                        load.Underlying, message.SessionDate, chainDuplicates, chainModelErrors);
                }

                underlyings++;
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
            logger.LogInformation("{Session}: retention {Days} d dropped {Partitions} partition(s) and deleted {Rows} contract row(s)",
                message.SessionDate, options.ContractRetentionDays, partitions, rows);
        }

        await tx.PublishAsync(new OptionChainsIngested(message.RunId, message.SessionDate, underlyings, contracts), ct);
        await tx.PublishAsync(new OptionMetricsComputed(message.RunId, message.SessionDate, underlyings), ct);
        return OptionsStageResult.From(contracts, skipped, failed, duplicates, modelErrors);
    }

    private async Task<IReadOnlyList<EnrichedContract>> StoreAsync(OutboxTransaction tx, OptionChainSnapshot chain, DateOnly session, CancellationToken ct)
    {
        var underlying = chain.Underlying;
        var enriched = ChainEnricher.Enrich(chain, options.Pricing, options.American);
        var metrics = DealerMetricsCalculator.Compute(underlying, session, chain.Spot, enriched);
        await ChainStore.WriteAsync(tx, chain, enriched, metrics, ct);
        var dealer = DealerPositioningCalculator.Compute(enriched, chain.Spot, options.Pricing, options.Convention);
        var volatility = VolatilityMetricsCalculator.Compute(enriched, chain.Spot);
        var history = await AnalyticsStore.IvHistoryAsync(tx, underlying, session, ct);
        await AnalyticsStore.WriteAsync(tx, underlying, session, dealer, volatility,
            IvHistoryStatistics.Compute(volatility.AtmIv30, history), await AnalyticsStore.Hv20Async(tx, underlying, session, ct),
            DailySummaryCalculator.Compute(enriched, chain.Spot), ct);
        logger.LogInformation("{Underlying} {Session}: {Contracts} contracts ({Skipped} skipped), net GEX {NetGex:N0} $/1%",
            underlying, session, enriched.Count, chain.Skipped.Count, metrics.NetGex);
        return enriched;
    }

    /// <summary>Failures that belong to one underlying; cancellation and transient database errors fail the message instead.</summary>
    private static bool IsIsolated(Exception exception, CancellationToken ct) =>
        exception is not OperationCanceledException && exception is not NpgsqlException { IsTransient: true } && !ct.IsCancellationRequested;
}
