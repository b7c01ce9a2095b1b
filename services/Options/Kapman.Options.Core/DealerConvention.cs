using Kapman.MarketData;

namespace Kapman.Options.Core;

/// <summary>
/// The sign of dealers' gamma per right: +1 when dealers are assumed long that right, −1 when short.
/// The default (<see cref="LongCallsShortPuts"/>) is the usual GEX convention: customers sell calls
/// (overwriting) and buy puts (hedging), so dealers hold the other side.
/// </summary>
/// <param name="CallSign">+1 or −1.</param>
/// <param name="PutSign">+1 or −1.</param>
public sealed record DealerConvention(double CallSign, double PutSign)
{
    /// <summary>Dealers long calls (+1) and short puts (−1).</summary>
    public static DealerConvention LongCallsShortPuts { get; } = new(1.0, -1.0);

    /// <summary>The sign for <paramref name="right"/>.</summary>
    public double SignOf(OptionRight right) => right == OptionRight.Call ? CallSign : PutSign;
}
