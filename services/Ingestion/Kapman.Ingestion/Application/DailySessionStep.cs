using Kapman.Contracts;
using Kapman.Ingestion.Loading;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Ingestion.Application;

/// <summary>
/// The ingestion stage: <see cref="FetchAsync"/> downloads and validates the session's file outside any transaction (an S3 or
/// Polygon download must not hold one), then <see cref="RunAsync"/> stores it in the consumer's transaction and announces it with
/// <see cref="MarketSessionIngested"/>.
/// </summary>
public sealed class DailySessionStep(SessionLoader loader)
{
    /// <summary>Reads and validates the session's file (see <see cref="SessionLoader.FetchAsync"/>).</summary>
    public Task<FetchedSession> FetchAsync(RunDailyPipeline message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        return loader.FetchAsync(message.SessionDate, ct);
    }

    /// <summary>
    /// Stores <paramref name="fetched"/> in <paramref name="tx"/>. A session loaded is announced and the stage <c>succeeded</c>, or
    /// <c>partial</c> with the count when rows were quarantined; a missing, rejected or unreachable file fails the stage with the
    /// reason and announces nothing, since it will not heal on a retry.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<StageOutcome> RunAsync(RunDailyPipeline message, FetchedSession fetched, OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(tx);
        var result = await loader.StoreAsync(fetched, tx, ct);
        if (!result.Loaded)
        {
            return new StageOutcome(StageStatuses.Failed, 0, $"session {message.SessionDate:yyyy-MM-dd} {result.Status}: {result.Error}");
        }

        await tx.PublishAsync(new MarketSessionIngested(message.RunId, message.SessionDate, result.Tickers, result.Rows, result.Quarantined, result.Source), ct);
        return new StageOutcome(result.Quarantined > 0 ? StageStatuses.Partial : StageStatuses.Succeeded, result.Rows,
            result.Quarantined > 0 ? $"{result.Quarantined} rows quarantined" : null);
    }
}
