namespace Kapman.Metrics.Core;

/// <summary>
/// One daily OHLCV bar. Prices are in the instrument's quote currency (split-adjusted as delivered by
/// ingestion); <paramref name="Volume"/> is in shares.
/// </summary>
/// <param name="Date">Trading session date.</param>
/// <param name="Open">Opening price.</param>
/// <param name="High">Session high.</param>
/// <param name="Low">Session low.</param>
/// <param name="Close">Closing price.</param>
/// <param name="Volume">Shares traded in the session.</param>
public readonly record struct Bar(DateOnly Date, double Open, double High, double Low, double Close, double Volume);
