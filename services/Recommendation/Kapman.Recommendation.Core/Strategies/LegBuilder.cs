using Kapman.MarketData;

namespace Kapman.Recommendation.Core.Strategies;

/// <summary>
/// Builds a structure's legs from one expiry of the chain (bought leg first, legs priced at the mid):
/// LONG_CALL / LONG_PUT buy one option at the long delta; CSP sells a put at the CSP delta; debit verticals buy at
/// the long delta and sell a further-out-of-the-money strike at the vertical short delta; credit verticals sell at
/// the vertical short delta and buy a further-out-of-the-money wing at the credit wing delta.
/// </summary>
public static class LegBuilder
{
    /// <summary>The legs, or the reason the expiry cannot carry the structure.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown structure.</exception>
    public static (IReadOnlyList<TradeLeg>? Legs, string? Missing) Build(
        string structure, IReadOnlyList<ChainContract> chain, DateOnly expiration, StrategyParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return structure switch
        {
            StrategyCodes.LongCall => Single(chain, expiration, OptionRight.Call, p.LongDelta, LegSide.Buy, p),
            StrategyCodes.LongPut => Single(chain, expiration, OptionRight.Put, p.LongDelta, LegSide.Buy, p),
            StrategyCodes.CashSecuredPut => Single(chain, expiration, OptionRight.Put, p.CspDelta, LegSide.Sell, p),
            StrategyCodes.BullCallDebit => Pair(chain, expiration, OptionRight.Call, p.LongDelta, p.VerticalShortDelta, secondAbove: true, firstBought: true, p),
            StrategyCodes.BearPutDebit => Pair(chain, expiration, OptionRight.Put, p.LongDelta, p.VerticalShortDelta, secondAbove: false, firstBought: true, p),
            StrategyCodes.BullPutCredit => Pair(chain, expiration, OptionRight.Put, p.VerticalShortDelta, p.CreditWingDelta, secondAbove: false, firstBought: false, p),
            StrategyCodes.BearCallCredit => Pair(chain, expiration, OptionRight.Call, p.VerticalShortDelta, p.CreditWingDelta, secondAbove: true, firstBought: false, p),
            _ => throw new ArgumentOutOfRangeException(nameof(structure), structure, "Unknown structure."),
        };
    }

    private static (IReadOnlyList<TradeLeg>?, string?) Single(
        IReadOnlyList<ChainContract> chain, DateOnly expiration, OptionRight right, DeltaBand band, LegSide side, StrategyParameters p)
    {
        var (contract, missing) = ContractSelector.Pick(chain, expiration, right, band, p, _ => true);
        return contract is null ? (null, missing) : ([new TradeLeg(contract, side, ContractSelector.Mid(contract))], null);
    }

    /// <summary>First leg at <paramref name="firstBand"/>; second at <paramref name="secondBand"/>, strictly above or below the first.</summary>
    private static (IReadOnlyList<TradeLeg>?, string?) Pair(
        IReadOnlyList<ChainContract> chain, DateOnly expiration, OptionRight right, DeltaBand firstBand, DeltaBand secondBand,
        bool secondAbove, bool firstBought, StrategyParameters p)
    {
        var (first, missingFirst) = ContractSelector.Pick(chain, expiration, right, firstBand, p, _ => true);
        if (first is null)
        {
            return (null, missingFirst);
        }

        var (second, missingSecond) = ContractSelector.Pick(
            chain, expiration, right, secondBand, p, strike => secondAbove ? strike > first.Strike : strike < first.Strike);
        if (second is null)
        {
            return (null, missingSecond);
        }

        var firstLeg = new TradeLeg(first, firstBought ? LegSide.Buy : LegSide.Sell, ContractSelector.Mid(first));
        var secondLeg = new TradeLeg(second, firstBought ? LegSide.Sell : LegSide.Buy, ContractSelector.Mid(second));
        return (firstBought ? [firstLeg, secondLeg] : [secondLeg, firstLeg], null);
    }
}
