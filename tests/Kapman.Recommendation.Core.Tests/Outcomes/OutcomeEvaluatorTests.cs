using Kapman.MarketData;
using Kapman.Recommendation.Core.Outcomes;

namespace Kapman.Recommendation.Core.Tests.Outcomes;

/// <summary>Hand-computed evaluations: session 2025-08-26, entry = next open.</summary>
public sealed class OutcomeEvaluatorTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);

    private static Bar Bar(int month, int day, double o, double h, double l, double c) => new(new DateOnly(2025, month, day), o, h, l, c, 0);

    [Test]
    public void Long_call_reaching_its_target_on_day_3_is_a_win()
    {
        // Entry 100 (08-27 open); 08-29 high 111 >= 110 with low 104 > 95. High 111, low 99 up to the exit:
        // MFE (111-100)/100 = 0.11, MAE (100-99)/100 = 0.01; o = 1, Brier (0.75-1)^2 = 0.0625; return 0.10.
        Bar[] bars = [Bar(8, 27, 100, 103, 99, 102), Bar(8, 28, 102, 106, 101, 105), Bar(8, 29, 105, 111, 104, 109), Bar(9, 2, 109, 112, 90, 91)];
        var r = OutcomeEvaluator.Evaluate(new OutcomeRequest(Session, "LONG", 0.75, 110, 95, new DateOnly(2025, 9, 30)), bars, new DateOnly(2025, 9, 30))!;
        Assert.That(r, Is.EqualTo(new OutcomeResult(
            new DateOnly(2025, 8, 29), 4, 100, 110, 111, 99, 3, null, 3, r.MaxFavorableExcursion, r.MaxAdverseExcursion, true, 0.75, 0.0625,
            r.ActualReturn, true, false, "WIN", "closed")));
        Assert.That(new[] { r.MaxFavorableExcursion, r.MaxAdverseExcursion, r.ActualReturn }, Is.EqualTo(new[] { 0.11, 0.01, 0.10 }).Within(1e-12));
    }

    [Test]
    public void Short_call_stopped_on_day_2_is_a_loss()
    {
        // Entry 100; 08-28 high 106 >= stop 105. MFE (100-98)/100 = 0.02, MAE (106-100)/100 = 0.06; exit 105 > entry: o = 0,
        // Brier 0.6^2 = 0.36, return (100-105)/100 = -0.05.
        Bar[] bars = [Bar(8, 27, 100, 104, 98, 103), Bar(8, 28, 103, 106, 102, 104)];
        var r = OutcomeEvaluator.Evaluate(new OutcomeRequest(Session, "SHORT", 0.6, 90, 105, new DateOnly(2025, 9, 30)), bars, new DateOnly(2025, 9, 30))!;
        Assert.Multiple(() =>
        {
            Assert.That((r.DaysToStop, r.DaysToTarget, r.HitStop, r.Outcome, r.Status, r.DirectionCorrect), Is.EqualTo(((int?)2, (int?)null, true, "LOSS", "closed", false)));
            Assert.That(new[] { r.ExitPrice, r.High, r.Low, r.MaxFavorableExcursion, r.MaxAdverseExcursion, r.DirectionalBrier, r.ActualReturn },
                Is.EqualTo(new[] { 105, 106, 98, 0.02, 0.06, 0.36, -0.05 }).Within(1e-12));
        });
    }

    [Test]
    public void Window_ending_without_target_or_stop_expires_on_the_last_close()
    {
        // Window to 08-29: exit = 08-29 close 98 < entry 100: o = 0, Brier 0.9^2 = 0.81, return -0.02; high 103, low 97.
        Bar[] bars = [Bar(8, 27, 100, 102, 98, 101), Bar(8, 28, 101, 103, 99, 99.5), Bar(8, 29, 99.5, 100, 97, 98), Bar(9, 2, 98, 120, 80, 119)];
        var request = new OutcomeRequest(Session, "LONG", 0.9, 110, 95, new DateOnly(2025, 8, 29));
        var r = OutcomeEvaluator.Evaluate(request, bars, new DateOnly(2025, 9, 30))!;
        Assert.That((r.Outcome, r.Status, r.DaysHeld, r.DirectionCorrect), Is.EqualTo(("NEUTRAL", "expired", 3, false)));
        Assert.That(new[] { r.ExitPrice, r.High, r.Low, r.DirectionalBrier, r.ActualReturn, r.MaxFavorableExcursion, r.MaxAdverseExcursion },
            Is.EqualTo(new[] { 98, 103, 97, 0.81, -0.02, 0.03, 0.03 }).Within(1e-12));

        var early = OutcomeEvaluator.Evaluate(request, bars, new DateOnly(2025, 8, 28))!;
        Assert.That((early.Status, early.ExitPrice, early.DaysHeld), Is.EqualTo(("active", 99.5, 2)));
    }

    [Test]
    public void A_session_touching_both_counts_as_the_stop()
    {
        var r = OutcomeEvaluator.Evaluate(new OutcomeRequest(Session, "LONG", 0.5, 110, 95, new DateOnly(2025, 9, 30)),
            [Bar(8, 27, 100, 111, 94, 100)], new DateOnly(2025, 9, 30))!;
        Assert.That((r.Outcome, r.ExitPrice, r.DirectionalBrier), Is.EqualTo(("LOSS", 95.0, 0.25)));
    }

    [Test]
    public void No_bar_after_the_session_is_not_evaluable_and_neutral_is_refused()
    {
        Assert.That(OutcomeEvaluator.Evaluate(new OutcomeRequest(Session, "LONG", 0.5, 110, 95, new DateOnly(2025, 9, 30)), [Bar(8, 26, 1, 1, 1, 1)], new DateOnly(2025, 9, 30)), Is.Null);
        Assert.Throws<ArgumentException>(() => OutcomeEvaluator.Evaluate(new OutcomeRequest(Session, "NEUTRAL", 0.5, 110, 95, Session), [], Session));
    }
}
