using System.Globalization;

namespace Kapman.Recommendation.Core.Strategies;

/// <summary>
/// Suggests (never executes, docs/domain/recommendations.md#decision-boundaries (seed 000 §3.4)) one strategy per ticker and session on contracts of the stored chain
/// only (FR-006): <see cref="StrategySelector"/> picks the intent, then the strategy's DTE window is searched from
/// the expiry nearest its middle outwards; the first expiry whose legs pass <see cref="LegBuilder"/> and
/// <see cref="TradePlanner"/> (liquidity, sound payoff, risk limits) wins. Otherwise "no trade" with the nearest
/// expiry's reason.
/// </summary>
public static class StrategyEngine
{
    /// <summary>Decides for <paramref name="input"/> over <paramref name="chain"/> (the ticker's contracts as of the session).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Spot not positive and finite.</exception>
    public static StrategyDecision Decide(StrategyInput input, IReadOnlyList<ChainContract> chain, StrategyParameters parameters, RiskLimits limits)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(limits);
        if (!double.IsFinite(input.Spot) || input.Spot <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(input), input.Spot, "Spot must be positive and finite.");
        }

        var intent = StrategySelector.Select(input, parameters);
        if (intent.Structure is not { } structure)
        {
            return NoTrade(input, intent, intent.Basis, parameters);
        }

        var window = structure switch
        {
            StrategyCodes.LongCall or StrategyCodes.LongPut => parameters.LongWindow,
            StrategyCodes.CashSecuredPut => parameters.CspWindow,
            _ => parameters.VerticalWindow,
        };
        var expiries = ContractSelector.ExpiriesByPreference(chain, input.SessionDate, window);
        if (expiries.Count == 0)
        {
            return NoTrade(input, intent, Text($"no expiry within {window.Min}-{window.Max} DTE"), parameters);
        }

        string? firstReason = null;
        foreach (var (expiration, dte) in expiries)
        {
            var (legs, missing) = LegBuilder.Build(structure, chain, expiration, parameters);
            var (plan, rejected) = legs is null ? (null, missing) : TradePlanner.Plan(legs, intent.Direction, input.Spot, dte, parameters, limits);
            if (plan is not null)
            {
                return new StrategyDecision(input.Ticker, input.SessionDate, input.Spot, intent, plan, null, parameters.ModelVersion);
            }

            firstReason ??= rejected;
        }

        var tried = expiries.Count == 1 ? string.Empty : Text($" (and {expiries.Count - 1} other expiries in {window.Min}-{window.Max} DTE)");
        return NoTrade(input, intent, $"{intent.Structure}: {firstReason}{tried}", parameters);
    }

    private static StrategyDecision NoTrade(StrategyInput input, TradeIntent intent, string reason, StrategyParameters parameters) =>
        new(input.Ticker, input.SessionDate, input.Spot, intent, null, reason, parameters.ModelVersion);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
