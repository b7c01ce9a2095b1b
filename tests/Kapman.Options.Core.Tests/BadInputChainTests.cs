using System.Text;
using Kapman.OptionMath;

namespace Kapman.Options.Core.Tests;

/// <summary>
/// A snapshot file whose rows carry each kind of bad input goes through the live path (reader, enricher, dealer calculator)
/// without an exception: every bad row is flagged (IV failure reason) and excluded under its counted reason.
/// </summary>
public sealed class BadInputChainTests
{
    private static readonly DateOnly AsOf = new(2025, 8, 26);

    private const string Rows = """
        [
          {"details":{"contract_type":"call","exercise_style":"american","expiration_date":"2025-09-25","shares_per_contract":100,"strike_price":100,"ticker":"O:SPY250925C00100000"},
           "last_quote":{"bid":2.0,"ask":2.2},"open_interest":100},
          {"details":{"contract_type":"put","exercise_style":"american","expiration_date":"2025-09-25","shares_per_contract":100,"strike_price":95,"ticker":"O:SPY250925P00095000"},
           "last_quote":{"bid":2.0,"ask":1.5},"last_trade":{"price":0.9},"open_interest":10},
          {"details":{"contract_type":"call","exercise_style":"american","expiration_date":"2025-09-25","shares_per_contract":100,"strike_price":105,"ticker":"O:SPY250925C00105000"},
           "last_quote":{"bid":0,"ask":0},"last_trade":{"price":0},"open_interest":10},
          {"details":{"contract_type":"call","exercise_style":"american","expiration_date":"2025-09-25","shares_per_contract":100,"strike_price":110,"ticker":"O:SPY250925C00110000"},
           "last_quote":{"bid":-1.0,"ask":-0.5},"last_trade":{"price":-1.0},"open_interest":10},
          {"details":{"contract_type":"call","exercise_style":"american","expiration_date":"2025-08-25","shares_per_contract":100,"strike_price":100,"ticker":"O:SPY250825C00100000"},
           "last_quote":{"bid":1.0,"ask":1.1},"open_interest":10},
          {"details":{"contract_type":"put","exercise_style":"american","expiration_date":"2025-09-25","shares_per_contract":100,"strike_price":60,"ticker":"O:SPY250925P00060000"},
           "last_quote":{"bid":0.01,"ask":0.02},"open_interest":10,"implied_volatility":3.5}
        ]
        """;

    [Test]
    public void Each_bad_quote_is_flagged_and_counted_and_nothing_throws()
    {
        var chain = Read("""{"as_of":"2025-08-26","underlying":{"ticker":"SPY","close":100},"results":""" + Rows + "}");
        var enriched = ChainEnricher.Enrich(chain, new PricingInputs(0.04, 0.0), AmericanPricing.Default);
        var dealer = DealerPositioningCalculator.Compute(enriched, chain.Spot, new PricingInputs(0.04, 0.0));
        var failures = enriched.ToDictionary(c => c.Quote.OccSymbol, c => c.IvFailureReason);
        Assert.Multiple(() =>
        {
            Assert.That(chain.Contracts, Has.Count.EqualTo(6), "bad prices are data to flag, not unreadable rows");
            Assert.That(failures["SPY250925C00100000"], Is.Null, "the good contract solves");
            Assert.That(failures["SPY250925P00095000"], Is.Null, "crossed quote: the mid is not used, the IV comes from the last price");
            Assert.That(enriched.Single(c => c.Quote.Strike == 95).IvSource, Is.EqualTo(ValueSource.Computed));
            Assert.That(failures["SPY250925C00105000"], Is.EqualTo(ImpliedVolatilityFailure.NoPrice), "zero prices");
            Assert.That(failures["SPY250925C00110000"], Is.EqualTo(ImpliedVolatilityFailure.NoPrice), "negative prices");
            Assert.That(failures["SPY250825C00100000"], Is.EqualTo(ImpliedVolatilityFailure.Expired));
            Assert.That(enriched.Single(c => c.Quote.Strike == 60).ImpliedVolatility, Is.EqualTo(3.5), "the feed's IV is kept and judged by the filter");
            Assert.That(dealer.EligibleContracts, Is.EqualTo(1));
            Assert.That(dealer.Excluded, Is.EqualTo(new Dictionary<string, int>
            {
                [EligibilityReason.ExpiresWithinADay] = 1, [EligibilityReason.NoBid] = 2, [EligibilityReason.CrossedQuote] = 1, [EligibilityReason.IvOutOfRange] = 1,
            }));
            Assert.That((dealer.Status, dealer.StatusReason), Is.EqualTo((DealerStatus.Limited, "ONLY_1_ELIGIBLE")));
        });
    }

    [Test]
    public void A_missing_underlying_price_is_rejected_by_the_reader_and_invalid_for_the_dealer_metrics()
    {
        var noSpot = """{"as_of":"2025-08-26","underlying":{"ticker":"SPY"},"results":""" + Rows + "}";
        var withSpot = Read("""{"as_of":"2025-08-26","underlying":{"ticker":"SPY","close":100},"results":""" + Rows + "}");
        var dealer = DealerPositioningCalculator.Compute(ChainEnricher.Enrich(withSpot, new PricingInputs(0.04, 0.0)), null, new PricingInputs(0.04, 0.0));
        Assert.Multiple(() =>
        {
            Assert.That(() => Read(noSpot), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("no positive"));
            Assert.That((dealer.Status, dealer.StatusReason), Is.EqualTo((DealerStatus.Invalid, "NO_SPOT")));
            Assert.That(dealer.Excluded.Values.Sum(), Is.EqualTo(5), "the exclusions are still counted");
        });
    }

    private static OptionChainSnapshot Read(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return PolygonSnapshotReader.Read(stream, "SPY", AsOf);
    }
}
