using Kapman.Execution.Core.Risk;

namespace Kapman.Execution.Core.Tests.Risk;

/// <summary>
/// Beta and daily volatility on hand-made series (docs/domain/risk-book.md#beta-weighted-delta). The benchmark's log returns are
/// 0.01, −0.02, 0.03 and the asset's 0.02, 0.01, 0 (closes built as exponentials of them). By hand: mean_b = 0.02 ÷ 3, mean_a = 0.01;
/// Σ(a − mean_a)(b − mean_b) = 0.01 × 0.003333 + 0 − 0.01 × 0.023333 = −0.0002; Σ(b − mean_b)² = 0.003333² + 0.026667² + 0.023333²
/// = 0.00126667; beta = −0.0002 ÷ 0.00126667 = −3/19. σ of the benchmark's returns = √(0.00126667 ÷ 2) = 0.0251661.
/// </summary>
[TestFixture]
public sealed class ReturnStatisticsTests
{
    private static readonly DateOnly D0 = new(2025, 8, 1);

    private static List<(DateOnly, double)> Series(double first, params double[] returns)
    {
        var list = new List<(DateOnly, double)> { (D0, first) };
        foreach (var r in returns)
        {
            list.Add((list[^1].Item1.AddDays(1), list[^1].Item2 * Math.Exp(r)));
        }

        return list;
    }

    [Test]
    public void Beta_is_the_covariance_over_the_benchmarks_variance()
    {
        var benchmark = Series(100, 0.01, -0.02, 0.03);
        var asset = Series(10, 0.02, 0.01, 0);

        Assert.That(ReturnStatistics.Beta(asset, benchmark, 252, 2), Is.EqualTo(-3.0 / 19.0).Within(1e-12));
    }

    [Test]
    public void Beta_uses_only_sessions_both_series_store()
    {
        var benchmark = Series(100, 0.01, -0.02, 0.03);
        var asset = Series(10, 0.02, 0.01, 0);
        // A session the benchmark does not store, with a wild close: dropped, so the returns are those of the common sessions.
        asset.Add((D0.AddDays(-1), 3));
        // A twice-as-volatile copy of the benchmark has beta 2 exactly.
        var levered = benchmark.Select(c => (c.Item1, 50 * Math.Pow(c.Item2 / 100, 2))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ReturnStatistics.Beta(asset, benchmark, 252, 2), Is.EqualTo(-3.0 / 19.0).Within(1e-12));
            Assert.That(ReturnStatistics.Beta(levered, benchmark, 252, 2), Is.EqualTo(2.0).Within(1e-12));
            Assert.That(ReturnStatistics.Beta(asset.Prepend((D0.AddDays(-2), 3)), benchmark.Prepend((D0.AddDays(-5), 90)), 252, 2),
                Is.EqualTo(-3.0 / 19.0).Within(1e-12), "sessions of one series only are left out");
        });
    }

    [Test]
    public void The_window_keeps_the_latest_returns_and_too_few_give_null()
    {
        var benchmark = Series(100, 0.5, 0.01, -0.02, 0.03);

        Assert.Multiple(() =>
        {
            Assert.That(ReturnStatistics.DailyVolatility(benchmark, 3, 2), Is.EqualTo(0.0251661).Within(1e-7), "the first return (0.5) is outside the window of 3");
            Assert.That(ReturnStatistics.DailyVolatility(benchmark, 3, 4), Is.Null);
            Assert.That(ReturnStatistics.Beta(Series(10, 0.02), Series(100, 0.01), 252, 2), Is.Null, "one return");
        });
    }
}
