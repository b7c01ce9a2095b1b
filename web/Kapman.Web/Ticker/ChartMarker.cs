namespace Kapman.Web.Ticker;

/// <summary>A Wyckoff event drawn on the candlestick chart.</summary>
/// <param name="T">Session of the bar (yyyy-MM-dd).</param>
/// <param name="Code">Event code: SC, BC, AR, ST, SPRING, TEST, SOS or SOW.</param>
/// <param name="Text">Tooltip text: the detector's description.</param>
public sealed record ChartMarker(string T, string Code, string Text);
