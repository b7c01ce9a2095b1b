namespace Kapman.Ingestion.Core;

/// <summary>One validated daily aggregate from a Polygon-style <c>day_aggs_v1</c> flat file.</summary>
/// <remarks>
/// Not the suite's bar (<see cref="Kapman.MarketData.Bar"/>, what readers of <c>market_api.daily_bars_v1</c> get): this
/// is Ingestion's write-side row, one line of a file that holds every ticker of a session, so it carries the ticker and
/// the trade count that <c>market.daily_bars</c> stores and the read contract does not publish, and the volume as the
/// whole number of shares the table stores (bigint).
/// </remarks>
/// <param name="Ticker">Exchange ticker, e.g. <c>AAPL</c> or <c>BRK.B</c>.</param>
/// <param name="SessionDate">NYSE session (America/New_York date).</param>
/// <param name="Open">Open, dollars per share.</param>
/// <param name="High">High, dollars per share.</param>
/// <param name="Low">Low, dollars per share.</param>
/// <param name="Close">Close, dollars per share.</param>
/// <param name="Volume">Shares traded.</param>
/// <param name="Transactions">Trade count, or null where the source had none.</param>
public sealed record DailyBar(string Ticker, DateOnly SessionDate, double Open, double High, double Low, double Close, long Volume, long? Transactions);
