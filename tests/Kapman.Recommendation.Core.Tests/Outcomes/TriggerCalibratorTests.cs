using Kapman.Recommendation.Core.Outcomes;

namespace Kapman.Recommendation.Core.Tests.Outcomes;

/// <summary>
/// Shrinkage calibration p = (h + k·p₀) / (n + k) over calls resolved strictly before the as-of date, worked by hand:
/// SOS resolved 01-10 right, 01-20 wrong, 02-01 right; SPRING resolved 01-05 wrong; k = 20, p₀ = 0.6.
/// </summary>
public sealed class TriggerCalibratorTests
{
    private static readonly ResolvedCall[] History =
    [
        new("SOS", new DateOnly(2025, 2, 1), true),
        new("SOS", new DateOnly(2025, 1, 10), true),
        new("SPRING", new DateOnly(2025, 1, 5), false),
        new("SOS", new DateOnly(2025, 1, 20), false),
    ];

    [TestCase(2025, 1, 10, 0.6)] // nothing resolved before 01-10: the prior
    [TestCase(2025, 1, 20, 13 / 21.0)] // 01-10 only: (1 + 12) / (1 + 20); 01-20 itself is not yet known
    [TestCase(2025, 2, 2, 14 / 23.0)] // all three: (2 + 12) / (3 + 20)
    public void Sos_confidence_uses_only_calls_resolved_before_the_as_of_date(int y, int m, int d, double expected) =>
        Assert.That(new TriggerCalibrator(History, 20).Confidence("SOS", 0.6, new DateOnly(y, m, d)), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void Pseudo_count_zero_is_the_empirical_rate_once_there_is_evidence()
    {
        var calibrator = new TriggerCalibrator(History, 0);
        Assert.That(calibrator.Confidence("SOS", 0.6, new DateOnly(2025, 2, 2)), Is.EqualTo(2 / 3.0).Within(1e-12));
        Assert.That(calibrator.Confidence("SPRING", 0.9, new DateOnly(2025, 1, 6)), Is.Zero);
        Assert.That(calibrator.Confidence("SPRING", 0.9, new DateOnly(2025, 1, 5)), Is.EqualTo(0.9));
    }

    [Test]
    public void Unknown_or_missing_trigger_keeps_the_prior()
    {
        var calibrator = new TriggerCalibrator(History, 20);
        Assert.That(calibrator.Confidence("SOW", 0.6, new DateOnly(2026, 1, 1)), Is.EqualTo(0.6));
        Assert.That(calibrator.Confidence(null, 0.75, new DateOnly(2026, 1, 1)), Is.EqualTo(0.75));
    }

    [Test]
    public void Calls_resolved_on_the_same_day_all_count_or_none()
    {
        var day = new DateOnly(2025, 3, 3);
        var calibrator = new TriggerCalibrator([new("ST", day, true), new("ST", day, false), new("ST", day, true)], 20);
        Assert.That(calibrator.Evidence("ST", day), Is.EqualTo((0, 0)));
        Assert.That(calibrator.Evidence("ST", day.AddDays(1)), Is.EqualTo((3, 2)));
    }

    [Test]
    public void Adding_calls_resolved_on_or_after_the_as_of_date_never_changes_the_confidence()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var asOf = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 200));
            var past = Enumerable.Range(0, random.Next(0, 30))
                .Select(_ => new ResolvedCall("SOS", asOf.AddDays(-random.Next(1, 300)), random.Next(2) == 0)).ToList();
            var future = Enumerable.Range(0, random.Next(1, 30))
                .Select(_ => new ResolvedCall("SOS", asOf.AddDays(random.Next(0, 300)), random.Next(2) == 0));
            var prior = random.NextDouble();
            Assert.That(new TriggerCalibrator(past.Concat(future), 20).Confidence("SOS", prior, asOf),
                Is.EqualTo(new TriggerCalibrator(past, 20).Confidence("SOS", prior, asOf)).Within(1e-15));
        }
    }

    [Test]
    public void Invalid_arguments_are_rejected()
    {
        Assert.That(() => new TriggerCalibrator(History, -1), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => new TriggerCalibrator(History, 20).Confidence("SOS", 1.5, new DateOnly(2025, 1, 1)), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
