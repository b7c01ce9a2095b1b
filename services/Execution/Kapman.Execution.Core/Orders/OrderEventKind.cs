namespace Kapman.Execution.Core.Orders;

/// <summary>What a broker (or the paper broker) reported about an order.</summary>
public enum OrderEventKind
{
    /// <summary>The broker acknowledged the order and it rests.</summary>
    Accepted,

    /// <summary>Some combo units executed.</summary>
    Fill,

    /// <summary>The cancel was confirmed.</summary>
    Cancelled,

    /// <summary>The broker refused the order.</summary>
    Rejected,

    /// <summary>The time in force ran out.</summary>
    Expired,
}
