using System.Globalization;
using System.Text.Json;
using Kapman.Execution.Core.Brokers;

namespace Kapman.Execution.Brokers.Tradier;

/// <summary>
/// <see cref="IBroker"/> over Tradier's REST API (docs/domain/execution.md#broker-interface, seed 003 §8 task 9.2.2; https://documentation.tradier.com/brokerage-api): market data
/// under <c>/v1/markets</c>, the account under <c>/v1/accounts/{account_id}</c>. Option symbols are OCC without padding on both sides
/// (<see cref="OccSymbolFormat.Tradier"/>). Orders are limit day orders; <see cref="PlaceEmergencyMarketCloseAsync"/> alone sends
/// <c>type=market</c>. Transport, 429 handling and error mapping: <see cref="TradierTransport"/>.
/// </summary>
public sealed class TradierBroker : IBroker
{
    private readonly TradierTransport transport;
    private readonly string accountPath;
    private readonly ILogger<TradierBroker> logger;

    /// <summary>Creates the adapter over <paramref name="http"/> (a typed client; not disposed here).</summary>
    public TradierBroker(HttpClient http, TradierConnection connection, TimeProvider clock, ILogger<TradierBroker> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(logger);
        transport = new TradierTransport(http, connection, clock, logger);
        accountPath = $"v1/accounts/{Uri.EscapeDataString(connection.AccountId)}";
        this.logger = logger;
    }

    /// <inheritdoc />
    public string Name => TradierTransport.BrokerName;

    /// <inheritdoc />
    public IBrokerSymbolFormat SymbolFormat => OccSymbolFormat.Tradier;

    /// <inheritdoc />
    public async Task<IReadOnlyList<BrokerQuote>> GetQuotesAsync(IReadOnlyCollection<string> symbols, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        if (symbols.Count == 0)
        {
            return [];
        }

        var list = string.Join(',', symbols.Select(s => OccSymbolFormat.IsOccSymbol(s) ? SymbolFormat.ToBroker(s) : s));
        return await ReadAsync(HttpMethod.Get, $"v1/markets/quotes?symbols={Uri.EscapeDataString(list)}&greeks=false", null, r => TradierMarketReader.Quotes(r, SymbolFormat), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OptionContractQuote>> GetOptionChainAsync(string underlying, DateOnly expiration, bool includeGreeks, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(underlying);
        var path = string.Create(
            CultureInfo.InvariantCulture,
            $"v1/markets/options/chains?symbol={Uri.EscapeDataString(underlying)}&expiration={expiration:yyyy-MM-dd}&greeks={(includeGreeks ? "true" : "false")}");
        return ReadAsync(HttpMethod.Get, path, null, r => TradierMarketReader.Chain(r, SymbolFormat), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DateOnly>> GetOptionExpirationsAsync(string underlying, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(underlying);
        return ReadAsync(HttpMethod.Get, $"v1/markets/options/expirations?symbol={Uri.EscapeDataString(underlying)}&includeAllRoots=true", null, TradierMarketReader.Expirations, cancellationToken);
    }

    /// <inheritdoc />
    public Task<AccountBalances> GetBalancesAsync(CancellationToken cancellationToken) =>
        ReadAsync(HttpMethod.Get, $"{accountPath}/balances", null, TradierAccountReader.Balances, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(CancellationToken cancellationToken) =>
        ReadAsync(HttpMethod.Get, $"{accountPath}/positions", null, r => TradierAccountReader.Positions(r, SymbolFormat), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<BrokerOrder>> GetOrdersAsync(CancellationToken cancellationToken) =>
        ReadAsync(HttpMethod.Get, $"{accountPath}/orders?includeTags=true", null, r => TradierOrderReader.Orders(r, SymbolFormat), cancellationToken);

    /// <inheritdoc />
    public Task<BrokerOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return ReadAsync(HttpMethod.Get, $"{accountPath}/orders/{Uri.EscapeDataString(orderId)}?includeTags=true", null, r => TradierOrderReader.SingleOrder(r, SymbolFormat), cancellationToken);
    }

    /// <inheritdoc />
    public Task<OrderPlacement> PlaceMultiLegOrderAsync(MultiLegOrderRequest request, CancellationToken cancellationToken) =>
        PlaceAsync(TradierOrderForm.MultiLeg(request, SymbolFormat, closing: false, preview: false), cancellationToken);

    /// <inheritdoc />
    public Task<OrderPreview> PreviewMultiLegOrderAsync(MultiLegOrderRequest request, CancellationToken cancellationToken) =>
        PreviewAsync(TradierOrderForm.MultiLeg(request, SymbolFormat, closing: false, preview: true), cancellationToken);

    /// <inheritdoc />
    public Task<OrderPlacement> PlaceOptionOrderAsync(OptionOrderRequest request, CancellationToken cancellationToken) =>
        PlaceAsync(TradierOrderForm.Option(request, SymbolFormat, preview: false), cancellationToken);

    /// <inheritdoc />
    public Task<OrderPlacement> PlaceComboCloseOrderAsync(MultiLegOrderRequest request, CancellationToken cancellationToken) =>
        PlaceAsync(TradierOrderForm.Close(request, SymbolFormat, preview: false), cancellationToken);

    /// <inheritdoc />
    public async Task<OrderPlacement> PlaceEmergencyMarketCloseAsync(EmergencyCloseRequest request, CancellationToken cancellationToken)
    {
        var form = TradierOrderForm.EmergencyClose(request, SymbolFormat);
        logger.LogWarning("Tradier emergency MARKET close of {Underlying} ({Legs} legs): {Reason}", request.Underlying, request.Legs.Count, request.Reason);
        return await PlaceAsync(form, cancellationToken);
    }

    /// <inheritdoc />
    public async Task CancelOrderAsync(string orderId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        await ReadAsync(HttpMethod.Delete, $"{accountPath}/orders/{Uri.EscapeDataString(orderId)}", null, TradierOrderReader.Placement, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ClosePrecheckResult> PrecheckCloseAsync(MultiLegOrderRequest close, string tradeGroupId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tradeGroupId);
        var previewForm = TradierOrderForm.Close(close, SymbolFormat, preview: true);
        var positions = await GetPositionsAsync(cancellationToken);
        var problems = ClosePrecheck.Evaluate(close.Legs, positions);
        if (problems.Count > 0)
        {
            return new ClosePrecheckResult(tradeGroupId, problems, null);
        }

        try
        {
            var preview = await PreviewAsync(previewForm, cancellationToken);
            return new ClosePrecheckResult(tradeGroupId, preview.Accepted ? [] : ["Tradier's preview does not accept the close"], preview);
        }
        catch (BrokerRejectedException ex)
        {
            return new ClosePrecheckResult(tradeGroupId, [.. ex.BrokerMessages.Select(m => $"Tradier's preview refuses the close: {m}")], null);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BrokerExecution>> GetExecutionsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var orders = await GetOrdersAsync(cancellationToken);
        return [.. orders
            .SelectMany(o => o.Legs.Select(l => (Order: o, Leg: l)))
            .Where(x => x.Leg.ExecutedQuantity > 0 && x.Leg.AverageFillPrice is not null && (x.Leg.UpdatedAt ?? x.Order.UpdatedAt) >= since)
            .Select(x => new BrokerExecution(
                x.Order.Id,
                x.Leg.OccSymbol,
                x.Leg.Side,
                x.Leg.ExecutedQuantity,
                x.Leg.AverageFillPrice!.Value,
                (x.Leg.UpdatedAt ?? x.Order.UpdatedAt)!.Value,
                x.Order.Tag))
            .OrderBy(e => e.ExecutedAt)];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ClosedPosition>> GetClosedPositionsAsync(DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken)
    {
        if (lastDay < firstDay)
        {
            throw new ArgumentOutOfRangeException(nameof(lastDay), lastDay, "The last day is before the first.");
        }

        var path = string.Create(CultureInfo.InvariantCulture, $"{accountPath}/gainloss?start={firstDay:yyyy-MM-dd}&end={lastDay:yyyy-MM-dd}&limit=1000");
        return ReadAsync(HttpMethod.Get, path, null, r => TradierAccountReader.ClosedPositions(r, SymbolFormat), cancellationToken);
    }

    /// <inheritdoc />
    public Task<MarketClock> GetMarketClockAsync(CancellationToken cancellationToken) =>
        ReadAsync(HttpMethod.Get, "v1/markets/clock", null, TradierMarketReader.Clock, cancellationToken);

    private Task<OrderPlacement> PlaceAsync(IReadOnlyList<KeyValuePair<string, string>> form, CancellationToken cancellationToken) =>
        ReadAsync(HttpMethod.Post, $"{accountPath}/orders", form, TradierOrderReader.Placement, cancellationToken);

    private Task<OrderPreview> PreviewAsync(IReadOnlyList<KeyValuePair<string, string>> form, CancellationToken cancellationToken) =>
        ReadAsync(HttpMethod.Post, $"{accountPath}/orders", form, TradierOrderReader.Preview, cancellationToken);

    private async Task<T> ReadAsync<T>(HttpMethod method, string path, IReadOnlyList<KeyValuePair<string, string>>? form, Func<JsonElement, T> read, CancellationToken cancellationToken)
    {
        using var document = await transport.SendAsync(method, path, form, cancellationToken);
        try
        {
            return read(document.RootElement);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or InvalidOperationException)
        {
            throw new BrokerResponseException(TradierTransport.BrokerName, System.Net.HttpStatusCode.OK, [], $"Tradier's answer to {method} /{path.Split('?')[0]} is not in the documented shape: {ex.Message}", ex);
        }
    }
}
