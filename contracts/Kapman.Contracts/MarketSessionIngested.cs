namespace Kapman.Contracts;

/// <summary>Daily bars of one session are stored in <c>market.daily_bars</c>.</summary>
/// <param name="Tickers">Distinct tickers loaded.</param>
/// <param name="Rows">Rows accepted.</param>
/// <param name="Rejected">Rows quarantined with a reason.</param>
/// <param name="Source">Where the bars came from, e.g. <c>local:/path/2025-08-26.csv.gz</c>.</param>
public sealed record MarketSessionIngested(
    Guid RunId, DateOnly SessionDate, int Tickers, int Rows, int Rejected, string Source, int SchemaVersion = 1) : IIntegrationEvent;
