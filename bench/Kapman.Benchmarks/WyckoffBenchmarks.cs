using BenchmarkDotNet.Attributes;
using Kapman.Metrics.Core;
using Kapman.Wyckoff.Core;

namespace Kapman.Benchmarks;

/// <summary>
/// The Wyckoff engine at the sizes, on a deterministic synthetic universe (seeded random walks with
/// volume noise, so every rule's code path runs): the daily run analyses 670 tickers × 140 sessions (the
/// host's 200-calendar-day window), one snapshot each, with the relative-strength market built as the
/// equal-weighted universe (the daily run's fallback when SPY is absent, the costlier path) (target &lt; 1 s); the research benchmark runs the event
/// study over 680 tickers × 900 sessions = 612,000 bars (target &lt; 30 s).
/// </summary>
[MemoryDiagnoser]
public class WyckoffBenchmarks
{
    private List<Bar[]> _session = [];
    private List<Bar[]> _research = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260101);
        _session = Enumerable.Range(0, 670).Select(_ => Walk(random, 140)).ToList();
        _research = Enumerable.Range(0, 680).Select(_ => Walk(random, 900)).ToList();
    }

    [Benchmark]
    public int UniverseSession()
    {
        var events = 0;
        var market = MarketSeries.EqualWeighted(_session);
        foreach (var history in _session)
        {
            events += WyckoffAnalyzer.Analyze("T", history, WyckoffParameters.Default, market).Events.Count;
        }

        return events;
    }

    [Benchmark]
    public int Research610KBars() =>
        EventStudy.Run(_research, new DateOnly(2023, 1, 1), new DateOnly(2026, 12, 31), [5, 10, 20, 40], WyckoffParameters.Default).Count;

    private static Bar[] Walk(Random random, int count)
    {
        var bars = new Bar[count];
        var close = 50 + (random.NextDouble() * 100);
        var day = new DateOnly(2023, 1, 2);
        for (var i = 0; i < count; i++)
        {
            var shock = random.NextDouble() < 0.02 ? 4 : 1;
            var open = close;
            close = Math.Max(1, close * (1 + (shock * 0.02 * (random.NextDouble() - 0.5))));
            var high = Math.Max(open, close) * (1 + (0.01 * shock * random.NextDouble()));
            var low = Math.Min(open, close) * (1 - (0.01 * shock * random.NextDouble()));
            bars[i] = new Bar(day.AddDays(i), open, high, low, close, 1e6 * shock * (0.5 + random.NextDouble()));
        }

        return bars;
    }
}
