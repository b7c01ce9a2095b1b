using Kapman.MarketData;
using Kapman.OptionMath;
using Kapman.Recommendation.Decision.Chain;

namespace Kapman.Recommendation.Backtest.ModelChain;

/// <summary>
/// A MODEL-PRICED option chain for a session with no stored chain (docs/domain/decision-engine.md#model-priced-chains): the monthly
/// expirations of the next <see cref="ModelChainSettings.MaxExpiryDays"/> days, strikes on the listed grid around the spot, each
/// contract valued by Black-Scholes-Merton (Hull, 10th ed., §15.8 and §17.4 for the dividend yield) at its strike's implied volatility
/// from <see cref="SkewModel"/>, quoted by <see cref="SpreadModel"/>, its delta the model's. Quotes carry volume 0 and open interest 1:
/// the model knows no activity; 1 marks the strike as listed for stage F's open-interest screen, and the backtest switches stage C's
/// volume and open-interest factors off (<see cref="Engine.BacktestSettings.EffectiveThresholds"/>). Quote time = the pricing instant.
/// </summary>
public static class ModelChainBuilder
{
    /// <summary>Open interest given to every model contract (listed, activity unknown).</summary>
    public const long ListedOpenInterest = 1;

    /// <summary>The chain of <paramref name="market"/>.</summary>
    public static DecisionChain Build(ModelMarket market, ModelChainSettings settings, PricingInputs pricing)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(pricing);
        var today = MarketClock.SessionDate(market.Now);
        var quotes = new List<ChainQuote>();
        foreach (var expiration in MonthlyExpirations.Between(today.AddDays(1), today.AddDays(settings.MaxExpiryDays)))
        {
            var years = MarketClock.YearsToExpiry(market.Now, expiration);
            var atm = SkewModel.AtmVolatility(market.Vix, market.Vix3M, years, settings);
            var reach = settings.StrikeRangeDeviations * atm * Math.Sqrt(years);
            var step = settings.StrikeStep;
            var low = Math.Min(Math.Floor(market.Spot * Math.Exp(-reach) / step), Math.Floor(market.Spot / step) - 10) * step;
            var high = Math.Max(Math.Ceiling(market.Spot * Math.Exp(reach) / step), Math.Ceiling(market.Spot / step) + 10) * step;
            for (var strike = Math.Max(step, low); strike <= high + 1e-9; strike += step)
            {
                var k = Math.Round(strike, 2);
                quotes.Add(Price(OptionRight.Put, k, expiration, years, atm, market, settings, pricing));
                quotes.Add(Price(OptionRight.Call, k, expiration, years, atm, market, settings, pricing));
            }
        }

        return new DecisionChain(market.Underlying, market.Spot, quotes);
    }

    /// <summary>One contract priced at <paramref name="market"/>: what the backtest marks an open leg with each session.</summary>
    public static ChainQuote Quote(OptionRight right, double strike, DateOnly expiration, ModelMarket market, ModelChainSettings settings, PricingInputs pricing)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(pricing);
        var years = MarketClock.YearsToExpiry(market.Now, expiration);
        return Price(right, strike, expiration, years, SkewModel.AtmVolatility(market.Vix, market.Vix3M, years, settings), market, settings, pricing);
    }

    private static ChainQuote Price(
        OptionRight right, double strike, DateOnly expiration, double years, double atm, ModelMarket market, ModelChainSettings settings, PricingInputs pricing)
    {
        var iv = SkewModel.Volatility(atm, market.Spot, strike, years, settings);
        var value = BlackScholesMerton.Price(right, market.Spot, strike, years, pricing.RiskFreeRate, pricing.DividendYield, iv);
        var delta = BlackScholesMerton.Greeks(right, market.Spot, strike, years, pricing.RiskFreeRate, pricing.DividendYield, iv).Delta;
        var (bid, ask) = SpreadModel.Quote(value, settings);
        var symbol = new OccSymbol(market.Underlying, expiration, right, (decimal)strike).ToString();
        return new ChainQuote(symbol, right, expiration, strike, bid, ask, 0, ListedOpenInterest, iv, delta, market.Now);
    }
}
