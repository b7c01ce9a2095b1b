namespace Kapman.Recommendation.Backtest.ModelChain;

/// <summary>
/// Bid and ask around a model value (docs/domain/decision-engine.md#model-priced-chains): full spread w = base + perDollar × value;
/// bid = value − w/2 rounded down to the cent (0 when below a cent: nobody bids), ask = value + w/2 rounded up to the cent. SPY
/// options quote in pennies at every price (Cboe penny interval program).
/// </summary>
public static class SpreadModel
{
    /// <summary>(bid, ask), $ per share, for a model value in $ per share.</summary>
    public static (double Bid, double Ask) Quote(double value, ModelChainSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var half = (settings.SpreadBase + (settings.SpreadPerDollar * Math.Max(value, 0d))) / 2d;
        var bid = Math.Floor(Math.Round((value - half) * 100d, 9)) / 100d;
        var ask = Math.Ceiling(Math.Round((value + half) * 100d, 9)) / 100d;
        return (bid < 0.01 ? 0d : bid, Math.Max(ask, 0.01));
    }
}
