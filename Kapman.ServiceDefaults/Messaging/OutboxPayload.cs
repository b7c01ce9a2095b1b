using System.Text.Json;
using Kapman.Contracts;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>Turns an outbox row back into the event it stores, or says why it cannot.</summary>
internal static class OutboxPayload
{
    /// <summary>
    /// The event of <paramref name="row"/> and its type, or null and the reason: the type is not in Kapman.Contracts
    /// (renamed or removed since the row was written), or the payload does not deserialize into it.
    /// </summary>
    public static (object? Message, Type? Type, string? Failure) Decode(OutboxRow row)
    {
        var type = typeof(IIntegrationEvent).Assembly.GetType(row.MessageType);
        if (type is null || !typeof(IIntegrationEvent).IsAssignableFrom(type))
        {
            return (null, null, $"unknown message type {row.MessageType}");
        }

        try
        {
            var message = JsonSerializer.Deserialize(row.Payload, type, JsonSerializerOptions.Web);
            return message is null ? (null, null, "payload is JSON null") : (message, type, null);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException)
        {
            return (null, null, $"payload does not deserialize into {type.Name}: {ex.Message}");
        }
    }
}
