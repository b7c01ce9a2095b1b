using Kapman.Execution.Core.Brokers;
using Kapman.MarketData;
using Kapman.TradierStandIn;

namespace Kapman.Execution.Brokers.Tests;

/// <summary>Market data through <see cref="Tradier.TradierBroker"/> against the stand-in: quotes, chains, expirations, clock, and the list quirks.</summary>
public class TradierMarketDataTests
{
    private static readonly DateOnly September = new(2025, 9, 19);
    private BrokerOnStandIn harness = null!;

    [SetUp]
    public async Task Start() => harness = await BrokerOnStandIn.StartAsync();

    [TearDown]
    public async Task Stop() => await harness.DisposeAsync();

    [Test]
    public async Task Quotes_of_an_equity_and_an_option_leave_out_unknown_symbols()
    {
        var quotes = await harness.Broker.GetQuotesAsync(["SPY", "SPY250919C00600000", "XYZ"], CancellationToken.None);

        Assert.That(quotes, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(quotes[0].Symbol, Is.EqualTo("SPY"));
            Assert.That((quotes[0].Bid, quotes[0].Ask, quotes[0].Last, quotes[0].Mid), Is.EqualTo((599.95m, 600.05m, 600.00m, 600.00m)));
            Assert.That(quotes[1].Symbol, Is.EqualTo("SPY250919C00600000"));
            Assert.That((quotes[1].Bid, quotes[1].Ask, quotes[1].Mid), Is.EqualTo((8.90m, 9.10m, 9.00m)));
            Assert.That(quotes[0].QuotedAt, Is.Not.Null);
            Assert.That(harness.State.Calls[0].Query, Is.EqualTo("?symbols=SPY%2CSPY250919C00600000%2CXYZ&greeks=false"));
        });
    }

    [Test]
    public async Task One_quote_comes_as_an_object_and_is_read_as_a_list_of_one()
    {
        var quotes = await harness.Broker.GetQuotesAsync(["SPY"], CancellationToken.None);
        Assert.That(quotes.Select(q => q.Symbol), Is.EqualTo(new[] { "SPY" }));
    }

    [Test]
    public async Task A_chain_with_greeks_reads_every_contract()
    {
        var chain = await harness.Broker.GetOptionChainAsync("SPY", September, includeGreeks: true, CancellationToken.None);

        Assert.That(chain, Has.Count.EqualTo(6));
        var put600 = chain.Single(c => c.OccSymbol == "SPY250919P00600000");
        Assert.Multiple(() =>
        {
            Assert.That((put600.Underlying, put600.Expiration, put600.Right, put600.Strike), Is.EqualTo(("SPY", September, OptionRight.Put, 600m)));
            Assert.That((put600.Bid, put600.Ask, put600.OpenInterest, put600.ContractSize), Is.EqualTo(((decimal?)8.40m, (decimal?)8.60m, (long?)22_000, 100)));
            Assert.That(put600.Greeks!.Delta, Is.EqualTo(-0.50m));
            Assert.That(put600.Greeks.MidIv, Is.EqualTo(0.16m));
            Assert.That(chain.Count(c => c.Right == OptionRight.Call), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task A_chain_without_greeks_has_none_and_an_empty_chain_is_empty()
    {
        var chain = await harness.Broker.GetOptionChainAsync("SPY", September, includeGreeks: false, CancellationToken.None);
        var none = await harness.Broker.GetOptionChainAsync("SPY", new DateOnly(2025, 12, 19), includeGreeks: true, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(chain.Select(c => c.Greeks), Is.All.Null);
            Assert.That(none, Is.Empty, "Tradier answers {\"options\":null}");
        });
    }

    [Test]
    public async Task Expirations_come_ascending_one_date_is_a_plain_string_and_none_is_null()
    {
        var single = await harness.Broker.GetOptionExpirationsAsync("SPY", CancellationToken.None);
        harness.State.AddContract(new StandInContract("SPY250815C00600000", "SPY", new DateOnly(2025, 8, 15), "call", 600m, 7m, 7.2m, 0.5m, 0.15m, 100));
        harness.State.AddContract(new StandInContract("SPY251017C00600000", "SPY", new DateOnly(2025, 10, 17), "call", 600m, 11m, 11.2m, 0.5m, 0.15m, 100));
        var three = await harness.Broker.GetOptionExpirationsAsync("SPY", CancellationToken.None);
        var none = await harness.Broker.GetOptionExpirationsAsync("QQQ", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(single, Is.EqualTo(new[] { September }));
            Assert.That(three, Is.EqualTo(new[] { new DateOnly(2025, 8, 15), September, new DateOnly(2025, 10, 17) }));
            Assert.That(none, Is.Empty);
        });
    }

    [Test]
    public async Task The_clock_reads_state_and_next_change()
    {
        var clock = await harness.Broker.GetMarketClockAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That((clock.State, clock.NextState, clock.NextChange), Is.EqualTo((MarketState.Open, MarketState.Postmarket, (TimeOnly?)new TimeOnly(16, 0))));
            Assert.That(clock.Description, Is.EqualTo("Market is open from 09:30 to 16:00"));
            Assert.That(clock.Timestamp, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
        });
    }
}
