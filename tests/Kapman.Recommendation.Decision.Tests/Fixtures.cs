using System.Globalization;
using Kapman.MarketData;
using Kapman.OptionMath;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Decision.Tests;

/// <summary>
/// A hand-made market on Tuesday 2025-08-26 at 14:00 New York (18:00 UTC, EDT): spot 100, a 45-DTE expiration (2025-10-10)
/// with the strikes of the structure tests, 31- and 59-DTE expirations for the DTE choice, and readings that pass every stage.
/// </summary>
internal static class Fixtures
{
    public static readonly DateOnly Session = new(2025, 8, 26);
    public static readonly DateTimeOffset Now = new(2025, 8, 26, 18, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Expiry45 = Session.AddDays(45);
    public static readonly PricingInputs Pricing = new(0.043, 0.012);

    public static ChainQuote Quote(
        OptionRight right, double strike, double bid, double ask, double? delta, double? iv = 0.2, long volume = 500, long openInterest = 1000,
        DateOnly? expiration = null, DateTimeOffset? quotedAt = null, bool noQuoteTime = false)
    {
        var expiry = expiration ?? Expiry45;
        var symbol = new OccSymbol("XYZ", expiry, right, decimal.Parse(strike.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        return new ChainQuote(symbol.ToString(), right, expiry, strike, bid, ask, volume, openInterest, iv, delta, noQuoteTime ? null : quotedAt ?? Now.AddSeconds(-30));
    }

    /// <summary>
    /// The 45-DTE strikes: 25-delta put IV 0.26 against 25-delta call IV 0.18 (skew 8 vol points, elevated) unless
    /// <paramref name="flatSkew"/> sets the put's to 0.18 too. The deltas are set by hand.
    /// <paramref name="richPremium"/> quotes the 92 put at 1.80/1.84 and the 107 call at 1.70/1.74, rich against
    /// their IVs, so that the condor's EV_net is positive.
    /// </summary>
    public static List<ChainQuote> Strikes45(bool flatSkew = false, bool richPremium = false) =>
    [
        Quote(OptionRight.Put, 85, 0.20, 0.24, -0.05, 0.30),
        Quote(OptionRight.Put, 88, 0.40, 0.44, -0.08, 0.29),
        Quote(OptionRight.Put, 90, 0.60, 0.64, -0.12, 0.28),
        richPremium ? Quote(OptionRight.Put, 92, 1.80, 1.84, -0.165, 0.27) : Quote(OptionRight.Put, 92, 1.00, 1.04, -0.165, 0.27),
        Quote(OptionRight.Put, 95, 1.60, 1.64, -0.25, flatSkew ? 0.18 : 0.26),
        Quote(OptionRight.Put, 100, 3.00, 3.04, -0.50, 0.21),
        Quote(OptionRight.Call, 100, 3.20, 3.24, 0.50, 0.20),
        Quote(OptionRight.Call, 104, 1.80, 1.84, 0.25, 0.18),
        richPremium ? Quote(OptionRight.Call, 107, 1.70, 1.74, 0.155, 0.17) : Quote(OptionRight.Call, 107, 0.90, 0.94, 0.155, 0.17),
        Quote(OptionRight.Call, 109, 0.55, 0.59, 0.10, 0.17),
        Quote(OptionRight.Call, 112, 0.30, 0.34, 0.05, 0.17),
    ];

    public static DecisionChain Chain(IEnumerable<ChainQuote> quotes) => new("XYZ", 100, quotes.ToList());

    public static RegimeSnapshot PassingRegime => new(Vix: 18, Vix3M: 20, Close: 100, Ema20: 99, Sma50: 101, Adx14: 18, RealizedVol20: 0.15, AtmImpliedVol: 0.20, IvRank: 45);

    public static DecisionInput Input(
        StructureType structure = StructureType.IronCondor, DecisionChain? chain = null, RegimeSnapshot? regime = null, DateTimeOffset? now = null,
        CorporateCalendar? corporate = null, bool noCorporateSource = false, IReadOnlyList<MacroEvent>? macro = null, UnderlyingActivity? activity = null,
        StockHolding? holding = null) =>
        new(structure, now ?? Now, chain ?? Chain(Strikes45()), regime ?? PassingRegime, activity ?? new UnderlyingActivity(1_000_000, 1_200_000),
            macro ?? [], noCorporateSource ? null : corporate ?? new CorporateCalendar("test", []), Pricing, holding);

    /// <summary>
    /// Calls every $5 from 90 to 110 on the 45-DTE expiration for the debit butterfly (the structure chain has no call below 100):
    /// mids 10.45, 6.25, 3.05, 1.23, 0.42; half-spreads 0.05, 0.05, 0.05, 0.03, 0.02; deltas and IVs set by hand.
    /// </summary>
    public static List<ChainQuote> ButterflyCalls() =>
    [
        Quote(OptionRight.Call, 90, 10.40, 10.50, 0.90, 0.22),
        Quote(OptionRight.Call, 95, 6.20, 6.30, 0.75, 0.21),
        Quote(OptionRight.Call, 100, 3.00, 3.10, 0.52, 0.20),
        Quote(OptionRight.Call, 105, 1.20, 1.26, 0.28, 0.19),
        Quote(OptionRight.Call, 110, 0.40, 0.44, 0.12, 0.185),
    ];

    /// <summary>A candidate from explicit legs of the 45-DTE expiration.</summary>
    public static Candidate Candidate(StructureType structure, params (ChainQuote Quote, int Quantity)[] legs) =>
        new(structure, "XYZ", 100, Expiry45, legs.Select(l => new StructureLeg(l.Quote, l.Quantity, l.Quote.Delta ?? 0)).ToList());
}
