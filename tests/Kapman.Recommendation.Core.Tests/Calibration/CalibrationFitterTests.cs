using Kapman.Recommendation.Core.Calibration;

namespace Kapman.Recommendation.Core.Tests.Calibration;

public sealed class CalibrationFitterTests
{
    private static readonly DateOnly Start = new(2023, 1, 2);
    private static readonly CalibrationSettings Settings = CalibrationSettings.Default with { MinimumSample = 60 };

    /// <summary>
    /// 120 calls of "SC", one resolved per day: score 0.9 right 8 times in 10, score 0.6 right 2 times in 10 (an edge);
    /// and 120 of "BC" whose score says nothing (right every other call at both scores).
    /// </summary>
    private static List<CalibrationSample> History()
    {
        var samples = new List<CalibrationSample>();
        for (var i = 0; i < 120; i++)
        {
            var day = Start.AddDays(i);
            var high = i % 2 == 0;
            samples.Add(new CalibrationSample("SC", high ? 0.9 : 0.6, day, high ? i % 10 < 8 : i % 10 < 2));
            samples.Add(new CalibrationSample("BC", high ? 0.9 : 0.6, day, (i / 2) % 2 == 0));
        }

        return samples;
    }

    [Test]
    public void A_signal_with_an_edge_is_calibrated_and_one_without_takes_its_base_rate()
    {
        var model = CalibrationFitter.Fit(History(), Start.AddDays(200), Settings);

        var sc = model.For("SC")!;
        Assert.That(sc.HasEdge, Is.True);
        Assert.That(sc.HoldoutGainLower, Is.GreaterThan(0), "the edge test's lower bound is kept with the fit");
        Assert.That(model.For("BC")!.HoldoutGainLower, Is.LessThanOrEqualTo(0));
        Assert.That(model.Probability("SC", 0.9), Is.EqualTo(0.8).Within(1e-3), "8 of 10 at 0.9");
        Assert.That(model.Probability("SC", 0.6), Is.EqualTo(0.2).Within(1e-3), "2 of 10 at 0.6");
        Assert.That(model.HasEdge("BC"), Is.False);
        Assert.That(model.Probability("BC", 0.9), Is.EqualTo(0.5).Within(1e-12), "BC is right 60 times in 120");
        Assert.That(model.Probability("SOW", 0.9), Is.EqualTo(model.BaseRate), "no fit of its own: the overall base rate");
        Assert.That(model.BaseRate, Is.EqualTo((48 + 12 + 60) / 240.0).Within(1e-12));
        Assert.That(model.Version, Is.EqualTo("platt-1.1.0+2023-07-21"));
    }

    [Test]
    public void A_signal_below_the_minimum_sample_has_no_fit()
    {
        var model = CalibrationFitter.Fit(History(), Start.AddDays(59), Settings);

        Assert.That(model.Signals, Is.Empty, "59 calls per signal resolved before the date");
    }

    [Test]
    public void The_fit_for_session_d_never_uses_outcomes_resolved_on_or_after_d()
    {
        var asOf = Start.AddDays(100);
        var history = History();
        var flipped = history.Select(s => s.ResolvedOn >= asOf ? s with { Correct = !s.Correct, Score = 1 - s.Score } : s).ToList();
        var dropped = history.Where(s => s.ResolvedOn < asOf).ToList();

        var model = CalibrationFitter.Fit(history, asOf, Settings);

        Assert.That(CalibrationFitter.Fit(flipped, asOf, Settings).ToJson(), Is.EqualTo(model.ToJson()));
        Assert.That(CalibrationFitter.Fit(dropped, asOf, Settings).ToJson(), Is.EqualTo(model.ToJson()));
        Assert.That(CalibrationFitter.Fit(history, asOf.AddDays(1), Settings).ToJson(), Is.Not.EqualTo(model.ToJson()));
    }

    [Test]
    public void The_parameter_set_round_trips_through_json()
    {
        var model = CalibrationFitter.Fit(History(), Start.AddDays(200), Settings);

        var read = CalibrationModel.FromJson(model.ToJson());

        Assert.That(read.Version, Is.EqualTo(model.Version));
        Assert.That(read.Signals, Is.EqualTo(model.Signals));
        Assert.That(read.Probability("SC", 0.9), Is.EqualTo(model.Probability("SC", 0.9)));
    }

    /// <summary>
    /// 150 calls of "SOS", one resolved per day, all at rule confidence 0.6; a further input alternates +1 / -1 (75 calls each).
    /// The k-th call at +1 (k = 0..74) is right when k mod 10 &lt; 8: 7 × 8 + 5 = 61 of 75; at -1 when k mod 10 &lt; 2: 7 × 2 + 2 = 16 of 75.
    /// </summary>
    private static List<CalibrationSample> InputHistory()
    {
        var samples = new List<CalibrationSample>();
        for (var i = 0; i < 150; i++)
        {
            var up = i % 2 == 0;
            samples.Add(new CalibrationSample("SOS", 0.6, Start.AddDays(i), up ? (i / 2) % 10 < 8 : (i / 2) % 10 < 2, [up ? 1.0 : -1.0]));
        }

        return samples;
    }

    [Test]
    public void A_further_input_gives_an_edge_the_rule_confidence_alone_lacks()
    {
        var withInput = Settings with { Features = ["input"] };

        var alone = CalibrationFitter.Fit(InputHistory(), Start.AddDays(200), Settings);
        var model = CalibrationFitter.Fit(InputHistory(), Start.AddDays(200), withInput);

        Assert.That(alone.HasEdge("SOS"), Is.False, "a constant rule confidence says nothing");
        Assert.That(alone.Probability("SOS", 0.6), Is.EqualTo(77 / 150.0).Within(1e-12), "77 right of 150");
        Assert.That(model.HasEdge("SOS"), Is.True);
        Assert.That(model.Features, Is.EqualTo(new[] { "input" }));
        // One binary input and a constant score: the logistic fit is saturated and reproduces each group's rate.
        Assert.That(model.Probability("SOS", 0.6, [1.0]), Is.EqualTo(61 / 75.0).Within(1e-4), "61 of 75 at +1");
        Assert.That(model.Probability("SOS", 0.6, [-1.0]), Is.EqualTo(16 / 75.0).Within(1e-4), "16 of 75 at -1");
        Assert.Throws<ArgumentException>(() => model.Probability("SOS", 0.6));
    }

    [Test]
    public void A_fit_with_further_inputs_refuses_samples_without_them()
    {
        var samples = InputHistory();
        samples[3] = samples[3] with { Features = null };

        Assert.Throws<ArgumentException>(() => CalibrationFitter.Fit(samples, Start.AddDays(200), Settings with { Features = ["input"] }));
    }
}
