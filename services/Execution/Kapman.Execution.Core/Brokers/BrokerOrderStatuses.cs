namespace Kapman.Execution.Core.Brokers;

/// <summary>Properties of <see cref="BrokerOrderStatus"/>.</summary>
public static class BrokerOrderStatuses
{
    /// <summary>True when the order can no longer fill: filled, expired, canceled, rejected or error.</summary>
    public static bool IsFinal(this BrokerOrderStatus status) =>
        status is BrokerOrderStatus.Filled or BrokerOrderStatus.Expired or BrokerOrderStatus.Canceled
            or BrokerOrderStatus.Rejected or BrokerOrderStatus.Error;
}
