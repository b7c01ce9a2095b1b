namespace Kapman.Execution.Core.Brokers;

/// <summary>The state of an order at the broker (Tradier <c>status</c>).</summary>
public enum BrokerOrderStatus
{
    /// <summary>A status this adapter does not know; the raw text is in <see cref="BrokerOrder.RawStatus"/>.</summary>
    Unknown,

    /// <summary>Received, not yet working (Tradier <c>pending</c>, <c>calculated</c>, <c>accepted_for_bidding</c>, <c>held</c>).</summary>
    Pending,

    /// <summary>Working, nothing filled.</summary>
    Open,

    /// <summary>Working, part filled.</summary>
    PartiallyFilled,

    /// <summary>Filled in full (final).</summary>
    Filled,

    /// <summary>Expired at the end of its duration (final).</summary>
    Expired,

    /// <summary>Cancelled (final).</summary>
    Canceled,

    /// <summary>Rejected by the broker (final).</summary>
    Rejected,

    /// <summary>Failed at the broker (final).</summary>
    Error,
}
