using Kapman.Indicators.Tests.TestData;
using Kapman.MarketData;

namespace Kapman.Indicators.Tests;

public sealed class StochasticTests
{
    // Hand computation, STOCH(3, 2, 2):
    // bar2 window bars0-2: HH 12 LL 8  fastK = 100 * (11 - 8) / 4 = 75
    // bar3 window bars1-3: HH 12 LL 9  fastK = 100 * (10 - 9) / 3 = 33.33  slowK = (75 + 33.33) / 2 = 54.1667
    // bar4 window bars2-4: HH 13 LL 10 fastK = 100                          slowK = 66.6667  slowD = 60.4167
    // bar5 window bars3-5: HH 13 LL 10 fastK = 100                          slowK = 100      slowD = 83.3333
    private static readonly Bar[] Series = Bars.FromHlc(
        (10, 8, 9), (11, 9, 10), (12, 10, 11), (12, 10, 10), (13, 11, 13), (13, 13, 13));

    [Test]
    public void Slow_k_and_slow_d_are_sma_smoothed_fast_k()
    {
        var stochastic = new Stochastic(3, 2, 2);
        var slowK = new List<double>();
        var slowD = new List<double>();
        foreach (var bar in Series)
        {
            stochastic.Update(bar);
            slowK.Add(stochastic.SlowK);
            slowD.Add(stochastic.SlowD);
        }

        Assert.That(stochastic.WarmUpPeriod, Is.EqualTo(5));
        Assert.That(slowK.Skip(4), Is.EqualTo(new[] { 200d / 3, 100 }).Within(1e-9));
        Assert.That(slowD.Skip(4), Is.EqualTo(new[] { ((325d / 6) + (200d / 3)) / 2, ((200d / 3) + 100) / 2 }).Within(1e-9));
        Assert.That(stochastic.Current, Is.EqualTo(stochastic.SlowK));
    }

    [Test]
    public void Not_ready_before_both_lines_are_defined()
    {
        var stochastic = new Stochastic(3, 2, 2);
        var readiness = Series.Select(stochastic.Update).ToArray();

        Assert.That(readiness, Is.EqualTo(new[] { false, false, false, false, true, true }));
    }

    [Test]
    public void Zero_range_gives_zero_as_in_talib()
    {
        var stochastic = new Stochastic(3, 2, 2);
        Bars.Feed(stochastic, Bars.FromCloses(5, 5, 5, 5, 5, 5));

        Assert.That(stochastic.IsReady, Is.True);
        Assert.That(stochastic.SlowK, Is.Zero);
        Assert.That(stochastic.SlowD, Is.Zero);
    }

    [Test]
    public void Default_periods_need_eighteen_bars()
    {
        var stochastic = new Stochastic();

        Assert.That(stochastic.WarmUpPeriod, Is.EqualTo(14 + 3 + 3 - 2));
        Assert.That(stochastic.Name, Is.EqualTo("STOCH(14,3,3)"));
    }
}
