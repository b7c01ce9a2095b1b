namespace Kapman.Execution.Core.Brokers;

/// <summary>The state of the equity market session (Tradier clock <c>state</c>).</summary>
public enum MarketState
{
    /// <summary>A state this adapter does not know.</summary>
    Unknown,

    /// <summary>Before the regular session.</summary>
    Premarket,

    /// <summary>The regular session (09:30-16:00 ET).</summary>
    Open,

    /// <summary>After the regular session.</summary>
    Postmarket,

    /// <summary>Closed.</summary>
    Closed,
}
