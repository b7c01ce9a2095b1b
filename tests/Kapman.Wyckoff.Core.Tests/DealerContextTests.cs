namespace Kapman.Wyckoff.Core.Tests;

/// <summary>The dealer-context sentence attached to snapshots (context only).</summary>
public sealed class DealerContextTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);

    [Test]
    public void A_full_context_names_the_position_the_flip_and_the_walls()
    {
        // Flip: 500 / 520 − 1 = −3.846 %; call wall 530 / 500 − 1 = +6 %; put wall 480 / 500 − 1 = −4 %.
        var context = new DealerContext("SPY", Session, 500, -1_250_000, 520, -0.42, "SHORT_GAMMA", 530, 480, "options-1.0.0");

        Assert.That(context.Describe(), Is.EqualTo(
            "Dealers SHORT_GAMMA (DGPI -0.42, net GEX -$1.25M per 1% move): hedging amplifies moves; spot 500.00 is 3.85% " +
            "below the gamma flip 520.00; call wall 530.00 (+6.00%), put wall 480.00 (-4.00%); context only, not scored."));
    }

    [Test]
    public void Missing_parts_are_left_out()
    {
        var context = new DealerContext("ETSY", Session, 50, 2_500, null, null, null, null, null, "options-1.0.0");

        Assert.That(context.Describe(), Is.EqualTo("Dealers position unknown (net GEX $2.50K per 1% move); context only, not scored."));
    }

    [Test]
    public void Long_gamma_above_the_flip_damps_moves()
    {
        // 3.2e9 → $3.20B; 660 / 640 − 1 = +3.125 %, shown 3.13 % (round half away from zero in "0.00").
        var context = new DealerContext("SPY", Session, 660, 3.2e9, 640, 0.8, "LONG_GAMMA", 700, null, "options-1.0.0");

        Assert.That(context.Describe(), Does.StartWith("Dealers LONG_GAMMA (DGPI 0.80, net GEX $3.20B per 1% move): hedging damps moves; "));
        Assert.That(context.Describe(), Does.Contain("spot 660.00 is 3.13% above the gamma flip 640.00; call wall 700.00 (+6.06%);"));
    }
}
