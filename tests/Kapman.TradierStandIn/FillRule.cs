namespace Kapman.TradierStandIn;

/// <summary>When the stand-in fills an order it accepts.</summary>
public enum FillRule
{
    /// <summary>At once, in full, at the limit (a market order at the bid for sells and the ask for buys).</summary>
    Immediate,

    /// <summary>Never by itself: the order stays open until <see cref="StandInState.FillOrder"/> or a cancel.</summary>
    Never,

    /// <summary>
    /// At once when the limit is marketable against the mids of the stand-in's quotes: a credit (or a sell) when the limit is at most
    /// the net mid credit, a debit (or a buy) when it is at least the net mid debit; else it stays open.
    /// </summary>
    Marketable,
}
