using System.Text.Json.Serialization;

namespace Kapman.Web.Clients;

/// <summary>The fields of a management API queue object the Ops page reads (snake_case on the wire).</summary>
/// <param name="Name">Queue name.</param>
/// <param name="Messages">Ready plus unacknowledged messages; absent until the broker has sampled the queue.</param>
/// <param name="Consumers">Connected consumers.</param>
/// <param name="MessageStats">Rates; absent on a queue that never saw a message.</param>
public sealed record RabbitQueueDto(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("messages")] long? Messages,
    [property: JsonPropertyName("consumers")] int? Consumers,
    [property: JsonPropertyName("message_stats")] RabbitMessageStatsDto? MessageStats);
