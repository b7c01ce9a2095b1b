namespace Kapman.Execution.Apis;

/// <summary>A shadow order in range the paper model could not price on its approval's chain, with why (e.g. no usable quote for a leg).</summary>
public sealed record ShadowUnpricedDto(Guid OrderId, string Ticker, string Reason);
