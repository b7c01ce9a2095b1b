namespace Kapman.Wyckoff.Data;

/// <summary>A stored event: code (SC, AR, ST, SPRING, TEST, SOS, SOW, BC), confidence 0-1, price level in dollars.</summary>
public sealed record EventDto(string Ticker, DateOnly SessionDate, string Code, double Confidence, double PriceLevel, string Description);
