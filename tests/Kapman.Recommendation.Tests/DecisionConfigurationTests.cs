using Kapman.Recommendation.Decision.Ev;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;
using Kapman.Recommendation.Decisions;
using Microsoft.Extensions.Configuration;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// <c>Kapman:Recommendation:Decision</c> binds as <c>Extensions.AddDecisionCore</c> binds it: a key overrides its value only, every
/// missing key keeps the core's documented default (docs/domain/decision-engine.md#thresholds), and invalid values are named.
/// </summary>
public sealed class DecisionConfigurationTests
{
    [Test]
    public void Without_settings_the_thresholds_and_options_are_the_cores_defaults()
    {
        var empty = new ConfigurationBuilder().Build().GetSection(DecisionOptions.Section);
        var options = new DecisionOptions();

        Assert.That(Describe(DecisionThresholdsBinder.Bind(empty)), Is.EqualTo(Describe(DecisionThresholds.Default)));
        Assert.That(options.StructureTypes(), Is.EqualTo(new[] { StructureType.IronCondor, StructureType.CreditPutSpread, StructureType.CreditCallSpread }));
        Assert.That((options.Enabled, options.DecisionMinutesBeforeClose, options.RiskFreeRate, options.DividendYield), Is.EqualTo((true, 60, 0.043, 0.012)));
    }

    [Test]
    public void A_key_overrides_its_value_only()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kapman:Recommendation:Decision:Universe:Tickers:0"] = "SPY",
            ["Kapman:Recommendation:Decision:Liquidity:MinOpenInterest"] = "500",
            ["Kapman:Recommendation:Decision:Regime:MinIvRank"] = "20",
            ["Kapman:Recommendation:Decision:Guard:MinEvNetUsd"] = "5",
            ["Kapman:Recommendation:Decision:Friction:CommissionPerContract"] = "0.5",
            ["Kapman:Recommendation:Decision:Dte:MaxDte"] = "45",
            ["Kapman:Recommendation:Decision:Structures:0"] = "iron_condor",
        }).Build().GetSection(DecisionOptions.Section);

        var thresholds = DecisionThresholdsBinder.Bind(section);
        var expected = DecisionThresholds.Default with
        {
            Universe = new UniverseThresholds(["SPY"]),
            Liquidity = new LiquidityThresholds(MinOpenInterest: 500),
            Regime = new RegimeThresholds(MinIvRank: 20),
            Guard = new GuardThresholds(MinEvNetUsd: 5),
            Friction = new FrictionModel(CommissionPerContract: 0.5),
            Dte = new DteThresholds(MaxDte: 45),
        };

        Assert.That(Describe(thresholds), Is.EqualTo(Describe(expected)));
        Assert.That(section.Get<DecisionOptions>()!.StructureTypes(), Is.EqualTo(new[] { StructureType.IronCondor }));
        Assert.That(DecisionThresholdsBinder.Problem(thresholds), Is.Null);
    }

    [Test]
    public void Every_appendix_H_code_is_accepted_and_iron_butterfly_is_the_iron_fly()
    {
        var options = new DecisionOptions { Structures = ["iron_fly", "IRON_BUTTERFLY", "butterfly", "cash_secured_put", "covered_call", "wheel"] };

        Assert.That(options.StructuresAreValid, Is.True);
        Assert.That(options.StructureTypes(), Is.EqualTo(new[] { StructureType.IronFly, StructureType.Butterfly, StructureType.CashSecuredPut, StructureType.CoveredCall, StructureType.Wheel }));
    }

    [Test]
    public void Invalid_values_are_named()
    {
        Assert.That(new DecisionOptions { Structures = ["debit_butterfly"] }.StructuresAreValid, Is.False);
        Assert.That(DecisionThresholdsBinder.Problem(DecisionThresholds.Default with { Structure = new StructureThresholds(BodyDelta: 1) }), Does.Contain("BodyDelta"));
        Assert.That(DecisionThresholdsBinder.Problem(DecisionThresholds.Default with { Dte = new DteThresholds(50, 40) }), Does.Contain(":Dte"));
        Assert.That(DecisionThresholdsBinder.Problem(DecisionThresholds.Default with { Structure = new StructureThresholds(WingWidth: 0) }), Does.Contain("WingWidth"));
    }

    // Records holding lists compare by reference: compare their printed members instead.
    private static string Describe(DecisionThresholds t) =>
        string.Join('|', $"{string.Join(',', t.Universe.Universe)}/{t.Universe.MinExpirations}", t.Liquidity, t.Dte, t.Regime, t.Structure, t.Guard, t.Friction, t.Execution);
}
