namespace Kapman.Execution.Core.Brokers;

/// <summary>How the limit price of a multi-leg order is read (Tradier <c>type</c> = debit, credit or even).</summary>
public enum NetPriceType
{
    /// <summary>A net debit: the limit is the most paid, in $ per share, positive.</summary>
    Debit,

    /// <summary>A net credit: the limit is the least received, in $ per share, positive.</summary>
    Credit,

    /// <summary>Even: neither paid nor received; no price is sent.</summary>
    Even,
}
