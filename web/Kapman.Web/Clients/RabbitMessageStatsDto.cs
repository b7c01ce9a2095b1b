using System.Text.Json.Serialization;

namespace Kapman.Web.Clients;

/// <summary>A queue's <c>message_stats</c>: counters with their recent per-second rates.</summary>
/// <param name="PublishDetails">Messages published into the queue.</param>
/// <param name="DeliverGetDetails">Messages delivered to consumers or fetched.</param>
public sealed record RabbitMessageStatsDto(
    [property: JsonPropertyName("publish_details")] RabbitRateDto? PublishDetails,
    [property: JsonPropertyName("deliver_get_details")] RabbitRateDto? DeliverGetDetails);
