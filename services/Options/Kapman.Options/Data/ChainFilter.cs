namespace Kapman.Options.Data;

/// <summary>Optional filters of <c>GET /chain</c>; null means no filter.</summary>
/// <param name="Expiry">Only this expiration.</param>
/// <param name="Right">"call" or "put".</param>
/// <param name="MinStrike">Strikes ≥ this, $ per share.</param>
/// <param name="MaxStrike">Strikes ≤ this, $ per share.</param>
public sealed record ChainFilter(DateOnly? Expiry, string? Right, double? MinStrike, double? MaxStrike);
