using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Kapman.MarketData;
using Kapman.OptionMath;
using Kapman.Options.Core;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Tests;

/// <summary>
/// The pipeline on a real session: SPY's stored chain of 2025-08-26 (Yahoo, captured after the close; IVs from the feed, deltas
/// computed by Options.Core as the options stage does), SPY's daily bars to 2025-08-25 for EMA20, SMA50, ADX14 and RV20, VIX and
/// VIX3M closes of 2025-08-25, the VIX's one-year rank as the IV rank, and the session's full volume against the 20 sessions
/// before. The chain has no quote times: its quotes are taken as 60 s old at the evaluation instant, 15:00 New York. The test
/// asserts that the trail is complete (the documented stage order, every verdict carrying its comparisons, passes up to the
/// first rejection) and deterministic (two runs from two separate loads give the same trail), not which stage rejects.
/// </summary>
public class StoredChainDecisionTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static readonly DateTimeOffset Now = new(2025, 8, 26, 19, 0, 0, TimeSpan.Zero);
    private static readonly string[] FullOrder = ["A", "B", "D", "E", "F", "C", "G", "H"];

    [TestCase(StructureType.IronCondor)]
    [TestCase(StructureType.CreditPutSpread)]
    [TestCase(StructureType.CreditCallSpread)]
    [TestCase(StructureType.IronFly)]
    [TestCase(StructureType.Butterfly)]
    [TestCase(StructureType.CashSecuredPut)]
    [TestCase(StructureType.CoveredCall)]
    [TestCase(StructureType.Wheel)]
    public void The_trail_of_a_stored_SPY_session_is_complete_and_deterministic(StructureType structure)
    {
        var first = DecisionPipeline.Run(LoadInput(structure, new CorporateCalendar("test: no events", [])), DecisionThresholds.Default);
        var second = DecisionPipeline.Run(LoadInput(structure, new CorporateCalendar("test: no events", [])), DecisionThresholds.Default);

        TestContext.Out.WriteLine(first.Describe());
        AssertComplete(first);
        Assert.That(second.Describe(), Is.EqualTo(first.Describe()));
        Assert.That(JsonSerializer.Serialize(second.Trail), Is.EqualTo(JsonSerializer.Serialize(first.Trail)));
        Assert.That(second.Candidate?.Legs.Select(l => l.Quote.OccSymbol), Is.EqualTo(first.Candidate?.Legs.Select(l => l.Quote.OccSymbol)));
    }

    [TestCase(StructureType.IronCondor)]
    [TestCase(StructureType.CreditPutSpread)]
    [TestCase(StructureType.IronFly)]
    [TestCase(StructureType.Butterfly)]
    [TestCase(StructureType.CashSecuredPut)]
    [TestCase(StructureType.Wheel)]
    public void With_the_regime_gate_relaxed_the_stored_session_reaches_the_later_stages(StructureType structure)
    {
        // 2025-08-26 was a calm day (VIX 14.8 near its one-year low, ATM IV about RV20): the default regime gate rightly stops
        // there. Relaxing E3 and the VRP floor lets the stored chain exercise F, C, G and H as well.
        var relaxed = DecisionThresholds.Default with { Regime = new RegimeThresholds(MinVolatilityRiskPremium: -0.05, MinIvRank: null) };
        var first = DecisionPipeline.Run(LoadInput(structure, new CorporateCalendar("test: no events", [])), relaxed);
        var second = DecisionPipeline.Run(LoadInput(structure, new CorporateCalendar("test: no events", [])), relaxed);

        TestContext.Out.WriteLine(first.Describe());
        AssertComplete(first);
        Assert.That(first.Trail, Has.Count.GreaterThanOrEqualTo(5), "past E");
        Assert.That(first.Candidate, Is.Not.Null, "F selects a structure on the real chain");
        Assert.That(second.Describe(), Is.EqualTo(first.Describe()));
    }

    [Test]
    public void Without_a_corporate_source_the_stored_session_never_passes()
    {
        var result = DecisionPipeline.Run(LoadInput(StructureType.IronCondor, null), DecisionThresholds.Default);

        TestContext.Out.WriteLine(result.Describe());
        AssertComplete(result);
        Assert.That(result.Accepted, Is.False);
        if (result.Trail.Count >= 7)
        {
            Assert.That(result.Rejection!.Reason, Does.Contain("fail closed"));
        }
    }

    private static void AssertComplete(DecisionResult result)
    {
        var codes = result.Trail.Select(v => v.Code).ToList();
        Assert.That(codes, Is.EqualTo(FullOrder.Take(codes.Count)), "the documented order");
        Assert.That(codes, Is.Not.Empty);
        Assert.That(result.Trail.Take(codes.Count - 1).All(v => v.Passed), Is.True, "the run stops at the first rejection");
        Assert.That(result.Trail.All(v => v.Compared.Count > 0 && v.Reason.Length > 0), Is.True, "every verdict says what it compared");
        Assert.That(result.Accepted, Is.EqualTo(codes.Count == FullOrder.Length && result.Trail[^1].Passed));
    }

    private static DecisionInput LoadInput(StructureType structure, CorporateCalendar? corporate)
    {
        using var file = File.OpenRead(RepoFiles.SharedData("options", "snapshots", "SPY", "2025-08-26.json"));
        var snapshot = PolygonSnapshotReader.Read(file, "SPY", Session);
        var quotes = ChainEnricher.Enrich(snapshot, PricingInputs.Default)
            .Select(c => new ChainQuote(
                c.Quote.OccSymbol, c.Quote.Right, c.Quote.Expiration, c.Quote.Strike, c.Quote.Bid, c.Quote.Ask, c.Quote.Volume, c.Quote.OpenInterest,
                c.ImpliedVolatility, c.Greeks?.Delta, Now.AddSeconds(-60)))
            .ToList();
        var chain = new DecisionChain("SPY", snapshot.Spot, quotes);

        var bars = ReadBars(RepoFiles.SharedData("history", "ibkr_daily", "SPY.csv.gz"));
        var history = bars.Where(b => b.Date < Session).ToList();
        var today = bars.Single(b => b.Date == Session);
        var average = history.TakeLast(20).Average(b => b.Volume);
        var vix = ReadCboe(RepoFiles.SharedData("volatility", "VIX_History.csv")).Where(p => p.Date < Session).ToList();
        var vix3M = ReadCboe(RepoFiles.SharedData("volatility", "VIX3M_History.csv")).Where(p => p.Date < Session).ToList();
        var regime = RegimeReadings.FromBars(
            history, vix[^1].Close, vix3M[^1].Close, ChainVolatility.AtmIvNear(chain, Now, 30), RegimeReadings.IvRank(vix.TakeLast(252).Select(p => p.Close).ToList()));

        return new DecisionInput(structure, Now, chain, regime, new UnderlyingActivity(today.Volume, average), [], corporate, PricingInputs.Default);
    }

    private static List<Bar> ReadBars(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var bars = new List<Bar>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            bars.Add(new Bar(DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), D(f[1]), D(f[2]), D(f[3]), D(f[4]), D(f[5])));
        }

        return bars;
    }

    private static List<(DateOnly Date, double Close)> ReadCboe(string path) =>
        File.ReadLines(path).Skip(1)
            .Select(l => l.Split(','))
            .Select(f => (DateOnly.ParseExact(f[0], "MM/dd/yyyy", CultureInfo.InvariantCulture), D(f[4])))
            .ToList();

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
