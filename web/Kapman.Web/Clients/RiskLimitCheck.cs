namespace Kapman.Web.Clients;

/// <summary>A cap or trigger against the book now, dollars.</summary>
/// <param name="Measure">e.g. "VaR 99% $".</param>
/// <param name="After">The book's value.</param>
/// <param name="Limit">The limit.</param>
/// <param name="Breached">True when the value exceeds the limit.</param>
public sealed record RiskLimitCheck(string Measure, decimal After, decimal Limit, bool Breached);
