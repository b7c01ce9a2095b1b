namespace Kapman.Cli.Reporting;

/// <summary>NO_TRADE recommendations sharing one reason.</summary>
/// <param name="Reason">The no-trade reason text.</param>
/// <param name="Count">How many tickers got it.</param>
/// <param name="Tickers">Those tickers, sorted.</param>
internal sealed record NoTradeGroup(string Reason, int Count, IReadOnlyList<string> Tickers);
