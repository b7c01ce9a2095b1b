using Kapman.MarketData;

namespace Kapman.Recommendation.Decision.Structures;

/// <summary>A concrete trade the pipeline judges: one structure on one expiration with its legs, for one unit (quantity 1).</summary>
/// <param name="Structure">Its type.</param>
/// <param name="Underlying">Ticker.</param>
/// <param name="Spot">Underlying price when selected, $ per share.</param>
/// <param name="Expiration">The common expiration of the legs.</param>
/// <param name="Legs">Legs, puts first by strike, then calls by strike.</param>
/// <param name="Shares">
/// Shares of the underlying held with one structure, valued at <paramref name="Spot"/>: 100 for a covered call (its P&amp;L at
/// expiry includes theirs), else 0.
/// </param>
public sealed record Candidate(StructureType Structure, string Underlying, double Spot, DateOnly Expiration, IReadOnlyList<StructureLeg> Legs, int Shares = 0)
{
    /// <summary>The sold legs.</summary>
    public IEnumerable<StructureLeg> ShortLegs => Legs.Where(l => l.IsShort);

    /// <summary>Σ −quantity × mid over the legs: the credit at mid, $ per share (positive for a credit).</summary>
    public double MidCredit => Legs.Sum(l => -l.Quantity * (l.Quote.Mid ?? double.NaN));

    /// <summary>Put wing width (short put strike − long put strike), $ per share; 0 without a put side.</summary>
    public double PutWingWidth => Width(OptionRight.Put);

    /// <summary>Call wing width (long call strike − short call strike), $ per share; 0 without a call side.</summary>
    public double CallWingWidth => Width(OptionRight.Call);

    /// <summary>
    /// The wing width that bounds the loss: the wider of the two wings (at expiry only one side of a condor can be in the money),
    /// $ per share.
    /// </summary>
    public double MaxWingWidth => Math.Max(PutWingWidth, CallWingWidth);

    private double Width(OptionRight right)
    {
        var legs = Legs.Where(l => l.Quote.Right == right).ToList();
        var sold = legs.FirstOrDefault(l => l.IsShort);
        var bought = legs.FirstOrDefault(l => !l.IsShort);
        return sold is null || bought is null ? 0d : Math.Abs(sold.Quote.Strike - bought.Quote.Strike);
    }
}
