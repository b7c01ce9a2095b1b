using System.Text.Json;
using Kapman.MarketData;
using Kapman.Recommendation.Core.Outcomes.Options;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Data;
using Npgsql;

namespace Kapman.Recommendation.Application;

/// <summary>
/// Re-marks every open option position as of a session (issue 22 item 5; seed 000 §5.5 weekly until expiry): the stored chain's mids
/// through Options' read contract <c>options_api.contracts_v1</c>, the underlying's close through Ingestion's <c>market_api.daily_bars_v1</c>,
/// the maths in <see cref="OptionOutcomeEvaluator"/>. The mark session is the last bar at or before the as-of date (before expiry) or at or
/// before the expiry (after it); a position with no bar after its own session is left for the next run.
/// </summary>
/// <param name="dataSource">The service's own data source.</param>
/// <param name="marketData">Ingestion's read contract source.</param>
/// <param name="options">Options' read contract source.</param>
public sealed class OptionOutcomeService(NpgsqlDataSource dataSource, NpgsqlDataSource marketData, NpgsqlDataSource options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Marks the open positions as of <paramref name="asOf"/>; returns how many marks were stored.</summary>
    public async Task<int> MarkAsync(DateOnly asOf, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var market = await marketData.OpenConnectionAsync(ct);
        await using var chains = await options.OpenConnectionAsync(ct);
        var stored = 0;
        foreach (var p in await OptionOutcomeStore.OpenPositionsAsync(connection, asOf, ct))
        {
            var legs = (JsonSerializer.Deserialize<List<LegDto>>(p.Legs, Json) ?? []).Select(ToLeg).ToList();
            var until = asOf < p.Expiration ? asOf : p.Expiration;
            if (legs.Count == 0 || await OptionOutcomeStore.LastCloseAsync(market, p.Ticker, until, ct) is not { } bar || bar.Session <= p.Session)
            {
                continue;
            }

            var mids = bar.Session < p.Expiration
                ? await OptionOutcomeStore.MidsAsync(chains, p.Ticker, bar.Session, [.. legs.Select(l => l.OccSymbol)], ct)
                : new Dictionary<string, double>();
            var position = new OptionPosition(p.Strategy, legs, p.Expiration, p.NetPremium, p.OptionStop);
            await OptionOutcomeStore.UpsertAsync(connection, p.Id, bar.Close, OptionOutcomeEvaluator.Mark(position, new OptionMark(bar.Session, mids, bar.Close)), ct);
            stored++;
        }

        return stored;
    }

    private static OptionLegPosition ToLeg(LegDto leg) =>
        new(leg.OccSymbol, leg.Side == "SELL" ? LegSide.Sell : LegSide.Buy, leg.Right == "put" ? OptionRight.Put : OptionRight.Call, leg.Strike);
}
