using System.Net;
using Kapman.Execution.Brokers.Tradier;
using Kapman.Execution.Core.Brokers;
using Kapman.TradierStandIn;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kapman.Execution.Brokers.Tests;

/// <summary>Failures through <see cref="TradierBroker"/> against the stand-in: 400 with Tradier's messages, 401, 404, 429 honoured or out of bounds, no server.</summary>
public class TradierFailureTests
{
    private BrokerOnStandIn harness = null!;

    [TearDown]
    public async Task Stop() => await harness.DisposeAsync();

    [Test]
    public async Task A_refused_order_is_a_rejection_carrying_the_brokers_single_message()
    {
        harness = await BrokerOnStandIn.StartAsync();

        var ex = Assert.ThrowsAsync<BrokerRejectedException>(() => harness.Broker.PlaceOptionOrderAsync(
            new OptionOrderRequest("SPY", new("SPY250919P00600000", OrderLegSide.SellToClose, 1), 8.40m), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ex.Broker, Is.EqualTo("tradier"));
            Assert.That(ex.BrokerMessages, Is.EqualTo(new[] { "Cannot sell_to_close 1 of SPY250919P00600000: position is 0" }));
            Assert.That(ex.Message, Is.EqualTo("Tradier answered 400 to POST /v1/accounts/VA00000001/orders: Cannot sell_to_close 1 of SPY250919P00600000: position is 0"));
        });
        Assert.That(await harness.Broker.GetOrdersAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task Several_errors_come_as_an_array_and_keep_their_order()
    {
        harness = await BrokerOnStandIn.StartAsync();

        var ex = Assert.ThrowsAsync<BrokerRejectedException>(() => harness.Broker.PlaceMultiLegOrderAsync(
            new MultiLegOrderRequest("SPY", [new("SPY250919C00700000", OrderLegSide.SellToOpen, 1), new("SPY250919C00710000", OrderLegSide.BuyToOpen, 1)], NetPriceType.Credit, 0.10m),
            CancellationToken.None));

        Assert.That(ex!.BrokerMessages, Is.EqualTo(new[] { "Invalid option symbol: SPY250919C00700000", "Invalid option symbol: SPY250919C00710000" }));
    }

    [Test]
    public async Task A_wrong_token_is_an_authentication_failure_with_the_plain_text_message()
    {
        harness = await BrokerOnStandIn.StartAsync(token: "not-the-token");

        var ex = Assert.ThrowsAsync<BrokerAuthenticationException>(() => harness.Broker.GetBalancesAsync(CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(ex.BrokerMessages, Is.EqualTo(new[] { "Invalid Access Token" }));
            Assert.That(ex.Message, Does.Not.Contain("not-the-token"), "the token is never in a message");
            Assert.That(harness.Statuses(), Is.EqualTo(new[] { 401 }), "a 401 is not retried");
        });
    }

    [Test]
    public async Task An_unknown_order_is_not_found()
    {
        harness = await BrokerOnStandIn.StartAsync();
        var ex = Assert.ThrowsAsync<BrokerNotFoundException>(() => harness.Broker.GetOrderAsync("999999", CancellationToken.None));
        Assert.That(ex!.BrokerMessages, Is.EqualTo(new[] { "Order 999999 not found" }));
    }

    [Test]
    public async Task A_429_is_waited_out_until_the_window_expiry_then_the_call_succeeds()
    {
        harness = await BrokerOnStandIn.StartAsync(new StandInScenario { RateLimitPerWindow = 2, RateLimitWindowMilliseconds = 1500 });

        await harness.Broker.GetMarketClockAsync(CancellationToken.None);
        await harness.Broker.GetMarketClockAsync(CancellationToken.None);
        var clock = await harness.Broker.GetMarketClockAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(clock.State, Is.EqualTo(MarketState.Open));
            // A retry before the window's end would have met a second 429.
            Assert.That(harness.Statuses(), Is.EqualTo(new[] { 200, 200, 429, 200 }));
        });
    }

    [Test]
    public async Task A_429_with_retry_after_is_honoured_for_an_order_post_too()
    {
        harness = await BrokerOnStandIn.StartAsync(new StandInScenario { RateLimitPerWindow = 1, RateLimitWindowMilliseconds = 1000, SendRetryAfter = true });

        await harness.Broker.GetMarketClockAsync(CancellationToken.None);
        var placed = await harness.Broker.PlaceMultiLegOrderAsync(
            new MultiLegOrderRequest("SPY", [new("SPY250919P00600000", OrderLegSide.SellToOpen, 1), new("SPY250919P00590000", OrderLegSide.BuyToOpen, 1)], NetPriceType.Credit, 1.00m),
            CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(harness.Statuses(), Is.EqualTo(new[] { 200, 429, 200 }));
            Assert.That(harness.State.Orders.Select(o => o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[] { placed.OrderId }), "one order placed, not two");
        });
    }

    [Test]
    public async Task A_429_asking_for_longer_than_the_bound_fails_at_once_with_the_wait()
    {
        harness = await BrokerOnStandIn.StartAsync(new StandInScenario { RateLimitPerWindow = 2, RateLimitWindowMilliseconds = 60_000 }, maxRateLimitWait: TimeSpan.FromSeconds(5));

        await harness.Broker.GetMarketClockAsync(CancellationToken.None);
        await harness.Broker.GetMarketClockAsync(CancellationToken.None);
        var ex = Assert.ThrowsAsync<BrokerRateLimitedException>(() => harness.Broker.GetMarketClockAsync(CancellationToken.None));

        Assert.Multiple(() =>
        {
            // The window ends within 60 s of the first call, and the wait adds the expiry margin.
            Assert.That(ex!.RetryAfter, Is.GreaterThan(TimeSpan.FromSeconds(50)).And.LessThanOrEqualTo(TimeSpan.FromSeconds(60) + TradierRateLimit.ExpiryMargin));
            Assert.That(ex.BrokerMessages, Is.EqualTo(new[] { "Rate limit quota violation. Quota limit exceeded." }));
            Assert.That(harness.Statuses(), Is.EqualTo(new[] { 200, 200, 429 }), "no retry");
        });
    }

    [Test]
    public async Task No_server_is_unavailable()
    {
        harness = await BrokerOnStandIn.StartAsync();
        using var http = new HttpClient();
        var nowhere = new TradierBroker(
            http,
            new TradierConnection(new Uri($"http://127.0.0.1:{FreePort.Next()}/"), "VA00000001", "standin-token", 2, TimeSpan.FromSeconds(5)),
            TimeProvider.System,
            NullLogger<TradierBroker>.Instance);

        Assert.That(() => nowhere.GetMarketClockAsync(CancellationToken.None), Throws.InstanceOf<BrokerUnavailableException>());
    }
}
