using BenchmarkDotNet.Attributes;
using Kapman.MarketData;
using Kapman.Metrics.Core;

namespace Kapman.Benchmarks;

/// <summary>
/// Metrics at the sizes on the real flat-file universe (about 670 tickers, 907 sessions, 610K bars), pure
/// computation on one core: the full indicator surface (every indicator of <see cref="SnapshotIndicators"/> fed
/// every bar, target &lt; 2 s) and the compute part of the daily step (per ticker: restore the state saved after the
/// previous session, feed the last bar, snapshot, save the new state). The daily step with its database reads and
/// writes is <see cref="MetricsDailyStepBenchmarks"/>.
/// </summary>
[Config(typeof(MetricsComputeConfig))]
public class MetricsBenchmarks
{
    private Bar[][] _all = [];
    private Bar[][] _universe = [];
    private string[] _tickers = [];
    private byte[][] _states = [];

    [GlobalSetup]
    public void Setup()
    {
        var universe = MetricsBenchData.Universe();
        _all = [.. universe.Values];
        _universe = [.. universe.Values.Where(b => b.Length > 1)];
        _tickers = [.. universe.Where(p => p.Value.Length > 1).Select(p => p.Key)];
        _states = [.. _tickers.Select((t, i) => DailyIndicatorCalculator.Recompute(t, _universe[i][..^1]).State)];
    }

    [Benchmark]
    public double FullSurface610KBars()
    {
        var checksum = 0d;
        foreach (var bars in _all)
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
        var stored = 0;
        for (var i = 0; i < _universe.Length; i++)
        {
            var step = DailyIndicatorCalculator.TryContinue(_tickers[i], _states[i], _universe[i][^2..]) ?? throw new InvalidOperationException(_tickers[i]);
            stored += step.State.Length;
        }

        return stored;
    }
}
