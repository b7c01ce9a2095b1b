using System.Text.Json.Serialization;

namespace Kapman.Web.Clients;

/// <summary>The field of the options API's <c>GET /dealer-metrics/{underlying}</c> row (snake_case) the web reads.</summary>
/// <param name="GammaFlip">Spot level where the dealers' net gamma changes sign, USD; null when none was found.</param>
public sealed record DealerRow([property: JsonPropertyName("gamma_flip")] double? GammaFlip);
