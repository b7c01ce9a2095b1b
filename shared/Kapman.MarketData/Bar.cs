using System.Text.Json.Serialization;

namespace Kapman.MarketData;

/// <summary>
/// One daily OHLCV bar of one ticker: the row shape of Ingestion's read contract <c>market_api.daily_bars_v1</c> without
/// its ticker (a series of bars is keyed by its ticker), the input of every indicator and analysis, and the JSON of
/// Ingestion's <c>GET /bars/{ticker}</c> (whose extra <c>ticker</c> member is ignored). Prices are in dollars per share,
/// as stored (split-adjusted only where the source says so, e.g. <c>GET /bars/{ticker}?adjusted=true</c>);
/// <paramref name="Volume"/> is in shares.
/// </summary>
/// <remarks>
/// The one bar type of the suite (issue 17 item 4). Volume is a <see cref="double"/>: the stored volume is a bigint,
/// which a double holds exactly up to 2^53 shares, while split-adjusted histories and the indicator reference files
/// carry fractional volumes, and the Metrics service's persisted indicator state writes volumes as doubles.
/// Ingestion's flat-file row (<c>Kapman.Ingestion.Core.DailyBar</c>) keeps its own shape: it is the write side, with the
/// ticker and the trade count that the table stores and this contract does not publish.
/// </remarks>
/// <param name="Date">The NYSE session (America/New_York date); <c>sessionDate</c> in JSON, as the contract names it.</param>
/// <param name="Open">Opening price, $ per share.</param>
/// <param name="High">Session high, $ per share.</param>
/// <param name="Low">Session low, $ per share.</param>
/// <param name="Close">Closing price, $ per share.</param>
/// <param name="Volume">Shares traded in the session.</param>
public readonly record struct Bar(
    [property: JsonPropertyName("sessionDate")] DateOnly Date, double Open, double High, double Low, double Close, double Volume);
