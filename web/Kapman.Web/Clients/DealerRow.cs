using System.Text.Json.Serialization;

namespace Kapman.Web.Clients;

/// <summary>The fields of the options API's <c>GET /dealer-metrics/{underlying}</c> row (snake_case) the web reads.</summary>
/// <param name="GammaFlip">Spot level where the dealers' net gamma changes sign, USD; null when none was found.</param>
/// <param name="AsOf">Session of the underlying's latest chain, the one the row was computed from; null when absent.</param>
/// <param name="Spot">Underlying price of that session, USD; null when absent.</param>
public sealed record DealerRow(
    [property: JsonPropertyName("gamma_flip")] double? GammaFlip,
    [property: JsonPropertyName("as_of")] DateOnly? AsOf = null,
    [property: JsonPropertyName("spot")] double? Spot = null);
