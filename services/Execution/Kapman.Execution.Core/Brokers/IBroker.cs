namespace Kapman.Execution.Core.Brokers;

/// <summary>
/// One broker account (docs/domain/execution.md#broker-interface, seed 003 §8 task 9.2.1, <c>BrokerInterface</c>). Units everywhere: prices in $ per share (an option
/// contract is usually 100 shares), quantities in contracts for options and shares for equities, money totals in $. Option
/// symbols are Kapman's OCC symbols without padding (docs/domain/execution.md#occ-symbols, seed 003 Appendix A); an adapter converts them with <see cref="SymbolFormat"/>.
/// </summary>
/// <remarks>
/// Safety rules every implementation keeps (docs/domain/execution.md#broker-interface, seed 003 §11 risk mitigations, Appendix G): orders are limit day orders; the only market
/// order is <see cref="PlaceEmergencyMarketCloseAsync"/>; requests are validated with <see cref="OrderRequestRules"/> before they are
/// sent. Failures are <see cref="BrokerException"/> subclasses that carry the broker's own message: <see cref="BrokerRejectedException"/>
/// (400/422), <see cref="BrokerAuthenticationException"/> (401/403), <see cref="BrokerNotFoundException"/> (404),
/// <see cref="BrokerRateLimitedException"/> (429 after bounded retries), <see cref="BrokerUnavailableException"/> (network, timeout, 5xx),
/// <see cref="BrokerResponseException"/> (unreadable body). An invalid request is an <see cref="ArgumentException"/> and never sent.
/// </remarks>
public interface IBroker
{
    /// <summary>The broker's name, e.g. <c>tradier</c> (the <c>broker</c> column of docs/domain/data-contracts.md#execution-execution (seed 003 §8 task 9.5)).</summary>
    string Name { get; }

    /// <summary>How this broker writes option symbols.</summary>
    IBrokerSymbolFormat SymbolFormat { get; }

    /// <summary>Quotes of equities, indexes or options (<c>get_quote</c>, <c>get_quotes</c>); symbols the broker does not know are left out.</summary>
    Task<IReadOnlyList<BrokerQuote>> GetQuotesAsync(IReadOnlyCollection<string> symbols, CancellationToken cancellationToken);

    /// <summary>The chain of <paramref name="underlying"/> for one expiration, with the broker's greeks when <paramref name="includeGreeks"/> (<c>get_option_chain</c>); empty when there is none.</summary>
    Task<IReadOnlyList<OptionContractQuote>> GetOptionChainAsync(string underlying, DateOnly expiration, bool includeGreeks, CancellationToken cancellationToken);

    /// <summary>The listed expirations of <paramref name="underlying"/>, ascending (<c>get_option_expirations</c>); empty when there is none.</summary>
    Task<IReadOnlyList<DateOnly>> GetOptionExpirationsAsync(string underlying, CancellationToken cancellationToken);

    /// <summary>The account's balances (<c>get_account_balance</c>).</summary>
    Task<AccountBalances> GetBalancesAsync(CancellationToken cancellationToken);

    /// <summary>The account's open positions (<c>get_positions</c>).</summary>
    Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(CancellationToken cancellationToken);

    /// <summary>The account's orders the broker still lists (Tradier: the session's orders and any still working), with their tags (<c>get_orders</c>).</summary>
    Task<IReadOnlyList<BrokerOrder>> GetOrdersAsync(CancellationToken cancellationToken);

    /// <summary>One order by the broker's id (<c>get_order</c>).</summary>
    /// <exception cref="BrokerNotFoundException">The broker does not know the order.</exception>
    Task<BrokerOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>Places a multi-leg limit day order (<c>place_multileg_order</c>).</summary>
    Task<OrderPlacement> PlaceMultiLegOrderAsync(MultiLegOrderRequest request, CancellationToken cancellationToken);

    /// <summary>Asks the broker what a multi-leg order would cost and whether it would be accepted, without placing it.</summary>
    Task<OrderPreview> PreviewMultiLegOrderAsync(MultiLegOrderRequest request, CancellationToken cancellationToken);

    /// <summary>Places a single-leg option limit day order (<c>place_option_order</c>).</summary>
    Task<OrderPlacement> PlaceOptionOrderAsync(OptionOrderRequest request, CancellationToken cancellationToken);

    /// <summary>Places a limit day order that closes a position group; every leg must close (<c>place_combo_close_order</c> without its market override).</summary>
    Task<OrderPlacement> PlaceComboCloseOrderAsync(MultiLegOrderRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Closes legs at market: the only market order of the interface, for the emergency path of docs/domain/execution.md#market-orders (seed 003 Appendix G) (a VIX spike
    /// whose limit close did not fill in 30 s) and a hard-stop flatten (Appendix F). Every leg must close; the reason is required.
    /// </summary>
    Task<OrderPlacement> PlaceEmergencyMarketCloseAsync(EmergencyCloseRequest request, CancellationToken cancellationToken);

    /// <summary>Cancels a working order (<c>cancel_order</c>).</summary>
    /// <exception cref="BrokerRejectedException">The broker refuses, e.g. the order is already filled; the message is the broker's.</exception>
    Task CancelOrderAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>
    /// The safety pre-check before a close (<c>precheck_close</c>, docs/domain/execution.md#close-pre-check (seed 003 §11 mitigation 7)): the broker's positions must hold every
    /// leg (<see cref="ClosePrecheck"/>), then the broker previews the close order. Nothing is placed.
    /// </summary>
    Task<ClosePrecheckResult> PrecheckCloseAsync(MultiLegOrderRequest close, string tradeGroupId, CancellationToken cancellationToken);

    /// <summary>Filled legs of the listed orders whose last change is at or after <paramref name="since"/>, for reconciliation (docs/domain/execution.md#reconciliation, seed 003 §4 task 5.1).</summary>
    Task<IReadOnlyList<BrokerExecution>> GetExecutionsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Closed positions with their realised result, closed between the two dates inclusive.</summary>
    Task<IReadOnlyList<ClosedPosition>> GetClosedPositionsAsync(DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken);

    /// <summary>The broker's market clock.</summary>
    Task<MarketClock> GetMarketClockAsync(CancellationToken cancellationToken);
}
