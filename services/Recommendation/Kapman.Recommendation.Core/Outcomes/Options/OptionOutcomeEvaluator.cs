using Kapman.MarketData;
using Kapman.Recommendation.Core.Strategies;

namespace Kapman.Recommendation.Core.Outcomes.Options;

/// <summary>
/// Re-marks an issued option position (issue 22 item 5; seed 000 §5.5: every strategy weekly until expiration with a 50% profit target,
/// CSP checked for assignment). Each leg is valued at the mid of the stored chain on the mark's session; a leg with no quote there is
/// valued at intrinsic, max(0, S − K) for a call and max(0, K − S) for a put, and the mark says it is model-priced. From the expiry on
/// every leg settles at intrinsic on the expiry close, which is the payoff rather than a model. P&amp;L per contract = (value − entry net
/// premium) × 100 shares. The position closes at the first mark that reaches the target (P&amp;L ≥ 50% of |net premium|: half the premium
/// paid on a debit, half the maximum profit on a credit) or the plan's option stop, or at expiry. A model-priced mark before expiry is
/// recorded but closes nothing (intrinsic value omits the time value, so it would fake stops): its target and stop flags stay false.
/// Pure: every input is an argument.
/// </summary>
public static class OptionOutcomeEvaluator
{
    /// <summary>Shares per contract.</summary>
    public const int Multiplier = 100;

    /// <summary>The seed's profit target: 50% (seed 000 §5.5).</summary>
    public const double ProfitTargetFraction = 0.5;

    /// <summary>The position as of <paramref name="mark"/>.</summary>
    /// <exception cref="ArgumentException">The position has no legs or a zero net premium.</exception>
    public static OptionOutcome Mark(OptionPosition position, OptionMark mark)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(mark);
        if (position.Legs.Count == 0 || position.NetPremium == 0)
        {
            throw new ArgumentException("A position needs legs and a non-zero net premium.", nameof(position));
        }

        var expired = mark.Session >= position.Expiration;
        var modelPriced = false;
        var value = 0.0;
        foreach (var leg in position.Legs)
        {
            double legValue;
            if (!expired && mark.Mids.TryGetValue(leg.OccSymbol, out var mid))
            {
                legValue = mid;
            }
            else
            {
                legValue = Intrinsic(leg, mark.UnderlyingClose);
                modelPriced |= !expired;
            }

            value += leg.Side == LegSide.Buy ? legValue : -legValue;
        }

        var pnlPerShare = value - position.NetPremium;
        var fraction = pnlPerShare / Math.Abs(position.NetPremium);
        var hitTarget = !modelPriced && fraction >= ProfitTargetFraction;
        var hitStop = !modelPriced && position.OptionStop is { } stop && (position.NetPremium > 0 ? value <= stop : -value >= stop);
        var status = expired ? OptionOutcomeStatus.Expired
            : hitTarget ? OptionOutcomeStatus.Target
            : hitStop ? OptionOutcomeStatus.Stop
            : OptionOutcomeStatus.Open;
        return new OptionOutcome(mark.Session, value, pnlPerShare * Multiplier, fraction, modelPriced, hitTarget, hitStop,
            Assigned(position, mark, expired), status);
    }

    /// <summary>Intrinsic value of <paramref name="leg"/> at underlying price <paramref name="spot"/>, $ per share.</summary>
    public static double Intrinsic(OptionLegPosition leg, double spot)
    {
        ArgumentNullException.ThrowIfNull(leg);
        return Math.Max(0, leg.Right == OptionRight.Call ? spot - leg.Strike : leg.Strike - spot);
    }

    private static bool? Assigned(OptionPosition position, OptionMark mark, bool expired) =>
        !expired || position.Strategy != StrategyCodes.CashSecuredPut
            ? null
            : position.Legs.Any(l => l.Side == LegSide.Sell && l.Right == OptionRight.Put && mark.UnderlyingClose < l.Strike);
}
