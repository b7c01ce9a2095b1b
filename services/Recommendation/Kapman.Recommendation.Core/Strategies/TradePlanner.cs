using System.Globalization;

namespace Kapman.Recommendation.Core.Strategies;

/// <summary>Prices legs into a <see cref="TradePlan"/> and applies the risk limits (formulas on <see cref="TradePlan"/>).</summary>
public static class TradePlanner
{
    /// <summary>Shares per equity option contract.</summary>
    public const double Multiplier = 100;

    /// <summary>The plan, or the reason the legs cannot be suggested (no defined risk, inconsistent quotes, risk limit).</summary>
    public static (TradePlan? Plan, string? Rejected) Plan(
        IReadOnlyList<TradeLeg> legs, string direction, double spot, int dte, StrategyParameters p, RiskLimits limits)
    {
        ArgumentNullException.ThrowIfNull(legs);
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(limits);
        var profile = new PayoffProfile(legs);
        var maxLoss = profile.MaxLoss;
        var maxProfit = profile.MaxProfit;
        if (!double.IsFinite(maxLoss) || maxLoss <= 0 || maxProfit is <= 0 || profile.Breakeven() is not { } breakeven)
        {
            return (null, Text($"quotes give no sound payoff (net premium {profile.NetPremium:0.00})"));
        }

        var lossPerContract = maxLoss * Multiplier;
        var contracts = (int)Math.Min(limits.MaxContracts, Math.Floor(limits.MaxLossPerTrade / lossPerContract));
        if (contracts < 1)
        {
            return (null, Text($"one contract risks ${lossPerContract:0.00}, above the ${limits.MaxLossPerTrade:0.00} risk limit"));
        }

        var up = direction == TradeDirections.Bullish;
        var stop = spot * (up ? 1 - p.UnderlyingStopFraction : 1 + p.UnderlyingStopFraction);
        var target = spot * (up ? 1 + p.UnderlyingTargetFraction : 1 - p.UnderlyingTargetFraction);
        var debit = profile.NetPremium > 0;
        var entry = Math.Abs(profile.NetPremium);
        var optionStop = debit ? entry * (1 - p.PremiumStopFraction) : entry * (1 + p.PremiumStopFraction);
        var optionTarget = debit ? entry * (1 + p.PremiumTargetFraction) : entry * (1 - p.PremiumTargetFraction);
        return (new TradePlan(
            legs, legs[0].Contract.Expiration, dte, profile.NetPremium, spot, stop, target, entry, optionStop, optionTarget,
            maxProfit * Multiplier, lossPerContract, breakeven, profile.At(target) / maxLoss, contracts), null);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
