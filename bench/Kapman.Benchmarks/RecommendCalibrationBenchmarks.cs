using BenchmarkDotNet.Attributes;
using Kapman.Recommendation.Core.Outcomes;

namespace Kapman.Benchmarks;

/// <summary>
/// Trigger calibration at backtest scale: index 25,000 resolved calls over the 12 triggers (about a year of the shared
/// universe's calls), then look up the calibrated confidence of 10,000 calls at random as-of dates.
/// </summary>
[MemoryDiagnoser]
public class RecommendCalibrationBenchmarks
{
    private static readonly string[] Triggers = ["BC_EXIT", "BC>=20", "SPRING_ENTRY", "SPRING+SOS", "SC", "AR", "ST", "SPRING", "TEST", "SOS", "SOW", "BC"];
    private ResolvedCall[] _history = [];
    private (string Trigger, DateOnly AsOf)[] _queries = [];
    private TriggerCalibrator _calibrator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2024);
        var start = new DateOnly(2024, 1, 1);
        _history = Enumerable.Range(0, 25_000)
            .Select(_ => new ResolvedCall(Triggers[random.Next(Triggers.Length)], start.AddDays(random.Next(0, 365)), random.Next(2) == 0)).ToArray();
        _queries = Enumerable.Range(0, 10_000).Select(_ => (Triggers[random.Next(Triggers.Length)], start.AddDays(random.Next(0, 400)))).ToArray();
        _calibrator = new TriggerCalibrator(_history, 20);
    }

    [Benchmark]
    public TriggerCalibrator Index() => new(_history, 20);

    [Benchmark]
    public double Lookup10k()
    {
        var sum = 0.0;
        foreach (var (trigger, asOf) in _queries)
        {
            sum += _calibrator.Confidence(trigger, 0.6, asOf);
        }

        return sum;
    }
}
