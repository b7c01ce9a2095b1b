using System.Globalization;
using Kapman.MarketData;
using Kapman.OptionMath;
using Kapman.Options.Core;
using Kapman.Recommendation.Core.Justification;
using Kapman.Recommendation.Core.Strategies;

namespace Kapman.Recommendation.Core.Tests.Strategies;

/// <summary>
/// The desk's absolute rule as a property over every real chain the suite stores (every file under
/// ../shared/data/options/snapshots: AAPL, GOOG, MSFT, SPY, TSM, 24 sessions): for a grid of Wyckoff verdicts that
/// reaches every rule of <see cref="StrategySelector"/>, in every phase, under a wide and the default risk limit,
/// every recommendation's legs name an (expiry, strike, type, OCC symbol) listed in the chain of its as-of date, read
/// independently from the raw file; legs share one expiry inside the strategy's DTE window; the OCC symbol encodes
/// the leg's own expiry, strike and type; the justification's allowed contracts are exactly the legs; and every
/// decision without legs carries a reason. A chain without one liquid contract (the LEAN chains have no bid/ask,
/// the IB AAPL 2026 capture has no open interest) (in the widest window, 30-90 DTE) must give only reasoned no-trades; any other chain must trade.
/// </summary>
public sealed class StoredChainPropertyTests
{
    /// <summary>BC, Spring, alert, trade signal and events: one verdict per selector rule (and a no-signal verdict).</summary>
    private static readonly (int Bc, int Spring, string? Alert, string? Signal, string[] Events)[] Verdicts =
    [
        (25, 0, "BC_EXIT", "EXIT_IMMEDIATELY", []),
        (21, 0, null, "PREPARE_EXIT", []),
        (21, 0, null, "PREPARE_EXIT", ["SOW"]),
        (3, 10, "SPRING_ENTRY", "ENTRY_SETUP", []),
        (5, 2, null, "STRONG_ENTRY", ["SOS"]),
        (6, 3, null, null, ["SPRING"]),
        (5, 4, null, null, ["ST"]),
        (5, 4, null, null, ["TEST"]),
        (5, 0, null, null, ["SOS"]),
        (8, 0, null, "REDUCE", ["SOW"]),
        (15, 0, null, null, ["BC"]),
        (4, 1, null, null, ["SC", "AR"]),
        (7, 2, null, null, []),
    ];

    private static readonly RiskLimits[] Limits = [new RiskLimits(100_000, 10), new RiskLimits()];

    private static IEnumerable<TestCaseData> StoredChains() =>
        Directory.EnumerateFiles(RepoFiles.SharedData("options", "snapshots"), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileName(Path.GetDirectoryName(path)!), Path.GetFileNameWithoutExtension(path))
                .SetArgDisplayNames($"{Path.GetFileName(Path.GetDirectoryName(path))} {Path.GetFileNameWithoutExtension(path)}"));

    [Test]
    public void Every_stored_chain_file_is_covered() =>
        Assert.That(StoredChains().Count(), Is.EqualTo(24), "the shared chain set changed: review the per-chain expectations of this fixture");

    [TestCaseSource(nameof(StoredChains))]
    public void Every_recommendation_names_only_contracts_of_its_stored_chain(string underlying, string date)
    {
        var session = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (snapshot, chain) = Load(RepoFiles.SharedData("options", "snapshots", underlying, date + ".json"), underlying, session);
        var listed = snapshot.Contracts.Select(q => (q.Expiration, q.Strike, q.Right, Occ: Bare(q.OccSymbol))).ToHashSet();
        var parameters = StrategyParameters.Default;
        var trades = 0;
        var reasons = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var phase in Enum.GetValues<WyckoffPhase>())
        {
            foreach (var v in Verdicts)
            {
                foreach (var limits in Limits)
                {
                    var input = new StrategyInput(underlying, session, snapshot.Spot, v.Bc, v.Spring, v.Alert, phase, v.Events, v.Signal);
                    var d = StrategyEngine.Decide(input, chain, parameters, limits);
                    var what = $"{underlying} {date} {phase} BC {v.Bc} Spring {v.Spring} {v.Alert} {string.Join('+', v.Events)} limit {limits.MaxLossPerTrade}";
                    var facts = JustificationFacts.From(d);
                    if (d.Plan is not { } plan)
                    {
                        Assert.That(d.NoTradeReason, Is.Not.Null.And.Not.Empty, what);
                        Assert.That(facts.AllowedContracts, Is.Empty, what);
                        reasons.Add(d.NoTradeReason!);
                        continue;
                    }

                    trades++;
                    Assert.That(plan.Legs, Is.Not.Empty, what);
                    foreach (var leg in plan.Legs)
                    {
                        var c = leg.Contract;
                        Assert.That(listed, Does.Contain((c.Expiration, c.Strike, c.Right, Bare(c.OccSymbol))), $"{what}: {c.OccSymbol} is not in the stored chain");
                        var occ = OccSymbol.Parse(Bare(c.OccSymbol));
                        Assert.That((occ.Underlying, occ.Expiration, occ.Right, (double)occ.Strike), Is.EqualTo((underlying, c.Expiration, c.Right, c.Strike)), what);
                        Assert.That(c.Expiration, Is.EqualTo(plan.Expiration), what);
                    }

                    Assert.That(plan.Dte, Is.EqualTo(plan.Expiration.DayNumber - session.DayNumber), what);
                    Assert.That(plan.Dte, Is.InRange(Window(d.Intent.Structure!, parameters).Min, Window(d.Intent.Structure!, parameters).Max), what);
                    Assert.That(facts.AllowedContracts.Select(a => a.OccSymbol), Is.EqualTo(plan.Legs.Select(l => l.Contract.OccSymbol)), what);
                }
            }
        }

        TestContext.Out.WriteLine($"{underlying} {date}: {chain.Length} contracts, {trades} trades of {Enum.GetValues<WyckoffPhase>().Length * Verdicts.Length * Limits.Length} decisions");
        var liquid = chain.Any(c => ContractSelector.IsLiquid(c, parameters) && c.Expiration.DayNumber - session.DayNumber is >= 30 and <= 90);
        Assert.That(trades, liquid ? Is.GreaterThan(0) : Is.Zero,
            $"{underlying} {date}: {(liquid ? "a chain with liquid contracts at 30-90 DTE must trade" : "a chain without a liquid contract at 30-90 DTE must never trade")}; "
            + $"no-trade reasons: {string.Join(" | ", reasons)}");
    }

    [Test]
    public void The_four_seed_strategies_trade_on_stored_chains()
    {
        var structures = new HashSet<string>();
        foreach (var path in Directory.EnumerateFiles(RepoFiles.SharedData("options", "snapshots"), "*.json", SearchOption.AllDirectories))
        {
            var underlying = Path.GetFileName(Path.GetDirectoryName(path)!);
            var session = DateOnly.ParseExact(Path.GetFileNameWithoutExtension(path), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var (snapshot, chain) = Load(path, underlying, session);
            foreach (var phase in Enum.GetValues<WyckoffPhase>())
            {
                foreach (var v in Verdicts)
                {
                    var input = new StrategyInput(underlying, session, snapshot.Spot, v.Bc, v.Spring, v.Alert, phase, v.Events, v.Signal);
                    if (StrategyEngine.Decide(input, chain, StrategyParameters.Default, Limits[0]) is { Plan: not null } d)
                    {
                        structures.Add(d.Intent.Strategy!);
                        structures.Add(d.Intent.Structure!);
                    }
                }
            }
        }

        Assert.That(structures, Is.SupersetOf(new[]
        {
            StrategyCodes.LongCall, StrategyCodes.LongPut, StrategyCodes.CashSecuredPut, StrategyCodes.VerticalSpread,
            StrategyCodes.BullCallDebit, StrategyCodes.BearPutDebit, StrategyCodes.BullPutCredit, StrategyCodes.BearCallCredit,
        }));
    }

    /// <summary>The raw snapshot, and its contracts as the Options service stores them (delta from its enrichment).</summary>
    private static (OptionChainSnapshot Snapshot, ChainContract[] Chain) Load(string path, string underlying, DateOnly session)
    {
        using var file = File.OpenRead(path);
        var snapshot = PolygonSnapshotReader.Read(file, underlying, session);
        var chain = ChainEnricher.Enrich(snapshot, PricingInputs.Default)
            .Select(e => new ChainContract(e.Quote.OccSymbol, e.Quote.Right, e.Quote.Expiration, e.Quote.Strike, e.Quote.Bid, e.Quote.Ask, e.Greeks?.Delta, e.Quote.OpenInterest))
            .ToArray();
        return (snapshot, chain);
    }

    private static DteWindow Window(string structure, StrategyParameters p) => structure switch
    {
        StrategyCodes.LongCall or StrategyCodes.LongPut => p.LongWindow,
        StrategyCodes.CashSecuredPut => p.CspWindow,
        _ => p.VerticalWindow,
    };

    /// <summary>The OCC symbol without Polygon's "O:" prefix.</summary>
    private static string Bare(string occ) => occ.StartsWith("O:", StringComparison.Ordinal) ? occ[2..] : occ;
}
