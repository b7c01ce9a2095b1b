using System.Text.Json.Serialization;

namespace Kapman.Web.Clients;

/// <summary>A management API <c>*_details</c> object.</summary>
/// <param name="Rate">Messages per second over the broker's sample window.</param>
public sealed record RabbitRateDto([property: JsonPropertyName("rate")] double Rate);
