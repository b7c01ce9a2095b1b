using System.Text;
using System.Text.Json;
using Kapman.MarketData;

namespace Kapman.Options.Core.Tests;

public sealed class PolygonSnapshotReaderTests
{
    private static readonly DateOnly SpySession = new(2025, 8, 26);

    [Test]
    public void Polygon_client_fixture_maps_every_field()
    {
        using var stream = File.OpenRead(RepoFiles.SharedData("polygon-api/v3/snapshot/options/AAPL.json"));
        var snapshot = PolygonSnapshotReader.Read(stream, "AAPL", new DateOnly(2022, 4, 29));

        Assert.That(snapshot.Contracts, Has.Count.EqualTo(1));
        Assert.That(snapshot.Skipped, Is.Empty);
        var quote = snapshot.Contracts[0];
        Assert.Multiple(() =>
        {
            Assert.That(snapshot.Spot, Is.EqualTo(159.9606), "no top-level underlying: spot from underlying_asset.price");
            Assert.That(snapshot.Source, Is.Null);
            Assert.That(quote.OccSymbol, Is.EqualTo("AAPL230616C00150000"));
            Assert.That(quote.Underlying, Is.EqualTo("AAPL"));
            Assert.That(quote.Right, Is.EqualTo(OptionRight.Call));
            Assert.That(quote.Expiration, Is.EqualTo(new DateOnly(2023, 6, 16)));
            Assert.That(quote.Strike, Is.EqualTo(150.0));
            Assert.That(quote.SharesPerContract, Is.EqualTo(100));
            Assert.That(quote.Bid, Is.EqualTo(28.9));
            Assert.That(quote.Ask, Is.EqualTo(29.25));
            Assert.That(quote.Last, Is.EqualTo(29.25), "last_trade.price wins over day.close (29)");
            Assert.That(quote.Volume, Is.EqualTo(8));
            Assert.That(quote.OpenInterest, Is.EqualTo(8133));
            Assert.That(quote.ImpliedVolatility, Is.EqualTo(0.3570277203465058));
            Assert.That(quote.Greeks!.Value.Delta, Is.EqualTo(0.6436614934293701));
            Assert.That(quote.Greeks!.Value.Gamma, Is.EqualTo(0.0061735291012820675));
            Assert.That(quote.Greeks!.Value.ThetaPerDay, Is.EqualTo(-0.028227189324641973));
            Assert.That(quote.Greeks!.Value.VegaPerVolPoint, Is.EqualTo(0.6381159723175714));
            Assert.That(quote.Greeks!.Value.Rho, Is.NaN);
            Assert.That(quote.GreeksSource, Is.EqualTo("feed"));
        });
    }

    [Test]
    public void Real_spy_chain_reads_all_contracts()
    {
        var snapshot = ReadSpy();
        var first = snapshot.Contracts[0];
        var last = snapshot.Contracts[^1];
        Assert.Multiple(() =>
        {
            Assert.That(snapshot.Contracts, Has.Count.EqualTo(7011));
            Assert.That(snapshot.Skipped, Is.Empty);
            Assert.That(snapshot.Spot, Is.EqualTo(645.16));
            Assert.That(snapshot.AsOf, Is.EqualTo(SpySession));
            Assert.That(snapshot.Source, Is.EqualTo("Yahoo Finance option chain, captured after the close"));
            Assert.That(snapshot.Contracts.Select(c => c.Expiration).Distinct().Count(), Is.EqualTo(30));
            Assert.That(snapshot.Contracts.All(c => c.Greeks is null && c.GreeksSource is null), Is.True, "the source has no greeks");

            Assert.That(first.OccSymbol, Is.EqualTo("SPY250826C00540000"));
            Assert.That(first.Bid, Is.EqualTo(104.27));
            Assert.That(first.Ask, Is.EqualTo(106.98));
            Assert.That(first.Last, Is.EqualTo(94.91), "no last_trade: day.close");
            Assert.That(first.Volume, Is.EqualTo(4));
            Assert.That(first.OpenInterest, Is.EqualTo(3));
            Assert.That(first.ImpliedVolatility, Is.EqualTo(1.7109389453125));

            Assert.That(last.OccSymbol, Is.EqualTo("SPY271217P01000000"));
            Assert.That(last.Right, Is.EqualTo(OptionRight.Put));
            Assert.That(last.Strike, Is.EqualTo(1000.0));
            Assert.That(last.Expiration, Is.EqualTo(new DateOnly(2027, 12, 17)));
        });
    }

    [Test]
    public void Rows_that_cannot_be_read_are_skipped_and_reported()
    {
        const string json = """
            {"as_of":"2025-08-26","underlying":{"ticker":"SPY","close":645.16},"results":[
              {"details":{"contract_type":"call","expiration_date":"2025-09-19","shares_per_contract":100,"strike_price":650,"ticker":"O:SPY250919C00650000"},"open_interest":10},
              {"day":{"close":1}},
              {"details":{"contract_type":"call","expiration_date":"2025-09-19","shares_per_contract":100,"strike_price":650,"ticker":"SPY"}},
              {"details":{"contract_type":"future","expiration_date":"2025-09-19","shares_per_contract":100,"strike_price":650,"ticker":"O:SPY250919C00650000"}},
              {"details":{"contract_type":"call","expiration_date":"19/09/2025","shares_per_contract":100,"strike_price":650,"ticker":"O:SPY250919C00650000"}},
              {"details":{"contract_type":"call","expiration_date":"2025-09-19","shares_per_contract":100,"strike_price":0,"ticker":"O:SPY250919C00650000"}},
              {"details":{"contract_type":"call","expiration_date":"2025-09-19","strike_price":650,"ticker":"O:SPY250919C00650000"}},
              {"details":{"contract_type":"put","expiration_date":"2025-09-19","shares_per_contract":100,"strike_price":650,"ticker":"O:SPY250919C00650000"}},
              {"details":{"contract_type":"call","expiration_date":"2025-09-19","shares_per_contract":100,"strike_price":650,"ticker":"O:SPY250919C00650000"},"underlying_asset":{"ticker":"QQQ"}},
              {"details":{"contract_type":"call","expiration_date":"2025-09-19","shares_per_contract":100,"strike_price":650,"ticker":"O:SPY250919C00650000"},"last_quote":{"bid":"1.20"}}
            ]}
            """;
        var snapshot = Read(json);

        Assert.That(snapshot.Contracts, Has.Count.EqualTo(1));
        Assert.That(snapshot.Contracts[0].OpenInterest, Is.EqualTo(10));
        Assert.That(snapshot.Contracts[0].Bid, Is.Null);
        Assert.That(snapshot.Skipped.Select(s => s.Index), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 }));
        Assert.That(
            snapshot.Skipped.Select(s => s.Reason.Split(':')[0]),
            Is.EqualTo(new[]
            {
                "MISSING_DETAILS", "BAD_TICKER", "BAD_CONTRACT_TYPE", "BAD_EXPIRATION", "BAD_STRIKE",
                "BAD_SHARES_PER_CONTRACT", "TICKER_MISMATCH", "UNDERLYING_MISMATCH", "BAD_NUMBER",
            }));
        Assert.That(snapshot.Skipped[^1].Reason, Does.Contain("last_quote.bid"));
        Assert.That(snapshot.Skipped[^1].Ticker, Is.EqualTo("O:SPY250919C00650000"));
        Assert.That(snapshot.Skipped[0].Ticker, Is.Null);
    }

    [Test]
    public void Partial_greeks_are_treated_as_absent()
    {
        const string json = """
            {"results":[{"details":{"contract_type":"put","expiration_date":"2025-09-19","shares_per_contract":100,"strike_price":600,"ticker":"O:SPY250919P00600000"},
              "greeks":{"delta":-0.2},"underlying_asset":{"ticker":"SPY","price":645.16}}]}
            """;
        var snapshot = Read(json);
        Assert.That(snapshot.Spot, Is.EqualTo(645.16));
        Assert.That(snapshot.Contracts[0].Greeks, Is.Null);
        Assert.That(snapshot.Contracts[0].GreeksSource, Is.Null);
    }

    [TestCase("""{"status":"OK"}""", "no 'results'")]
    [TestCase("""{"as_of":"2025-08-25","results":[]}""", "as of '2025-08-25'")]
    [TestCase("""{"underlying":{"ticker":"QQQ","close":500},"results":[]}""", "for 'QQQ'")]
    [TestCase("""{"results":[]}""", "no positive")]
    public void Unusable_snapshots_throw_invalid_data(string json, string message)
    {
        Assert.That(() => Read(json), Throws.TypeOf<InvalidDataException>().With.Message.Contains(message));
    }

    [Test]
    public void Non_json_throws_a_json_exception()
    {
        Assert.That(() => Read("not json"), Throws.InstanceOf<JsonException>());
    }

    internal static OptionChainSnapshot ReadSpy()
    {
        using var stream = File.OpenRead(RepoFiles.SharedData("options/snapshots/SPY/2025-08-26.json"));
        return PolygonSnapshotReader.Read(stream, "SPY", SpySession);
    }

    private static OptionChainSnapshot Read(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return PolygonSnapshotReader.Read(stream, "SPY", SpySession);
    }

    [Test]
    public void A_repeated_occ_symbol_is_dropped_and_counted_keeping_the_first_row()
    {
        const string json = """
            {"underlying":{"ticker":"SPY","close":645},"results":[
              {"details":{"contract_type":"call","expiration_date":"2025-09-19","shares_per_contract":100,"strike_price":650,"ticker":"O:SPY250919C00650000"},"open_interest":10},
              {"details":{"contract_type":"put","expiration_date":"2025-09-19","shares_per_contract":100,"strike_price":600,"ticker":"O:SPY250919P00600000"},"open_interest":20},
              {"details":{"contract_type":"call","expiration_date":"2025-09-19","shares_per_contract":100,"strike_price":650,"ticker":"O:SPY250919C00650000"},"open_interest":30},
              {"details":{"contract_type":"call","expiration_date":"2025-09-19","shares_per_contract":100,"strike_price":650,"ticker":"O:SPY250919C00650000"},"open_interest":40}
            ]}
            """;
        var snapshot = Read(json);

        Assert.Multiple(() =>
        {
            Assert.That(snapshot.Contracts.Select(c => (c.OccSymbol, c.OpenInterest)), Is.EqualTo(new[] { ("SPY250919C00650000", 10L), ("SPY250919P00600000", 20L) }));
            Assert.That(snapshot.Skipped.Select(s => s.Index), Is.EqualTo(new[] { 2, 3 }));
            Assert.That(snapshot.Skipped.Select(s => s.Reason.Split(':')[0]), Is.All.EqualTo("DUPLICATE_SYMBOL"));
        });
    }
}
