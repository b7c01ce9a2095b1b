using Kapman.Execution.Brokers.Paper;
using Kapman.Execution.Brokers.Tradier;
using Kapman.Execution.Core.Brokers;

namespace Kapman.Execution.Orders;

/// <summary>The brokers by name: the paper broker always; Tradier only when it is registered (<c>Kapman:Execution:Tradier:Enabled</c>).</summary>
public sealed class BrokerDirectory(PaperBroker paper, IServiceProvider services)
{
    /// <summary>The live broker, or null when none is registered.</summary>
    public IBroker? Live => services.GetService<TradierBroker>();

    /// <summary>The broker named <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">No such broker is registered.</exception>
    public IBroker For(string name) => name == PaperBroker.BrokerName ? paper
        : Live is { } live && live.Name == name ? live
        : throw new InvalidOperationException($"broker '{name}' is not registered");
}
