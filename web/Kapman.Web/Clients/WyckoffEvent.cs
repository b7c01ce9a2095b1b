namespace Kapman.Web.Clients;

/// <summary>One detected Wyckoff event (wyckoff API, <c>snapshots[].events[]</c>).</summary>
/// <param name="Code">SC, BC, AR, ST, SPRING, TEST, SOS or SOW.</param>
/// <param name="Date">Session of the bar the event was detected on.</param>
/// <param name="Confidence">Detector confidence, 0-1.</param>
/// <param name="PriceLevel">Price level of the event in USD.</param>
/// <param name="Description">Why the detector fired.</param>
public sealed record WyckoffEvent(string Code, DateOnly? Date, double Confidence, double PriceLevel, string? Description);
