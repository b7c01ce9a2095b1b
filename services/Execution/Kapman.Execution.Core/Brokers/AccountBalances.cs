namespace Kapman.Execution.Core.Brokers;

/// <summary>Account balances in $ (Tradier <c>GET /v1/accounts/{id}/balances</c>).</summary>
/// <param name="AccountNumber">The broker's account number.</param>
/// <param name="AccountType">The broker's account type, e.g. <c>margin</c>, <c>cash</c>, <c>pdt</c>.</param>
/// <param name="TotalEquity">Cash plus market value of positions.</param>
/// <param name="TotalCash">Cash.</param>
/// <param name="MarketValue">Market value of all positions.</param>
/// <param name="OptionBuyingPower">Buying power for options (margin and PDT accounts), or the cash available (cash accounts); null when not reported.</param>
/// <param name="OpenPnl">Unrealised profit and loss.</param>
/// <param name="ClosedPnl">Realised profit and loss of the day.</param>
/// <param name="OptionRequirement">Margin held for option positions.</param>
/// <param name="PendingOrdersCount">Orders still working.</param>
public sealed record AccountBalances(
    string AccountNumber,
    string AccountType,
    decimal TotalEquity,
    decimal TotalCash,
    decimal MarketValue,
    decimal? OptionBuyingPower,
    decimal OpenPnl,
    decimal ClosedPnl,
    decimal OptionRequirement,
    int PendingOrdersCount);
