using BenchmarkDotNet.Attributes;
using Kapman.Metrics.Core;

namespace Kapman.Benchmarks;

/// <summary>
/// Metrics at the sizes on the real flat-file universe (about 670 tickers, 907 sessions, 610K bars), pure
/// computation on one core: the full indicator surface (every indicator of <see cref="SnapshotIndicators"/> fed
/// every bar, target &lt; 2 s) and the compute part of the daily step (one snapshot per ticker of the last session
/// from its 300-session window).
/// </summary>
[MemoryDiagnoser]
public class MetricsBenchmarks
{
    private Bar[][] _universe = [];
    private string[] _tickers = [];

    [GlobalSetup]
    public void Setup()
    {
        var universe = MetricsBenchData.Universe();
        _tickers = [.. universe.Keys];
        _universe = [.. universe.Values];
    }

    [Benchmark]
    public double FullSurface610KBars()
    {
        var checksum = 0d;
        foreach (var bars in _universe)
        {
            var surface = new SnapshotIndicators();
            foreach (var bar in bars)
            {
                surface.Update(bar);
            }

            foreach (var output in surface.Outputs)
            {
                checksum += output.Source.IsReady ? output.Read() : 0d;
            }
        }

        return checksum;
    }

    [Benchmark]
    public int DailyStepCompute()
    {
        var ready = 0;
        for (var i = 0; i < _universe.Length; i++)
        {
            ready += DailyIndicatorCalculator.Compute(_tickers[i], _universe[i]).NullReasons.Count == 0 ? 1 : 0;
        }

        return ready;
    }
}
