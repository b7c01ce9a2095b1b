using MassTransit;

namespace Kapman.ServiceDefaults.Tests;

/// <summary>
/// One message at a time on the probe's endpoint: the relay's promise is publish order, and with the services' default
/// prefetch of 32 a concurrent consumer could record two deliveries in either order.
/// </summary>
public sealed class ProbeConsumerDefinition : ConsumerDefinition<ProbeConsumer>
{
    /// <summary>Sets the endpoint's prefetch and concurrency to one.</summary>
    public ProbeConsumerDefinition()
    {
        Endpoint(endpoint =>
        {
            endpoint.PrefetchCount = 1;
            endpoint.ConcurrentMessageLimit = 1;
        });
    }
}
