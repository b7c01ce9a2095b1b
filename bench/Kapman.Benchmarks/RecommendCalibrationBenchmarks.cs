using BenchmarkDotNet.Attributes;
using Kapman.Recommendation.Core.Calibration;

namespace Kapman.Benchmarks;

/// <summary>
/// The walk-forward calibration at backtest scale: fit 25,000 resolved calls over the 12 triggers (about a year of the
/// shared universe's calls) as the weekly refit does, then look up the calibrated probability of 10,000 calls.
/// </summary>
[MemoryDiagnoser]
public class RecommendCalibrationBenchmarks
{
    private static readonly string[] Triggers = ["BC_EXIT", "BC>=20", "SPRING_ENTRY", "SPRING+SOS", "SC", "AR", "ST", "SPRING", "TEST", "SOS", "SOW", "BC"];
    private static readonly DateOnly Start = new(2024, 1, 1);
    private CalibrationSample[] _history = [];
    private (string Trigger, double Score)[] _queries = [];
    private CalibrationModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2024);
        _history = Enumerable.Range(0, 25_000)
            .Select(_ => new CalibrationSample(Triggers[random.Next(Triggers.Length)], random.Next(50, 101) / 100.0, Start.AddDays(random.Next(0, 365)), random.Next(2) == 0))
            .ToArray();
        _queries = Enumerable.Range(0, 10_000).Select(_ => (Triggers[random.Next(Triggers.Length)], random.Next(50, 101) / 100.0)).ToArray();
        _model = Fit();
    }

    [Benchmark]
    public CalibrationModel Fit() => CalibrationFitter.Fit(_history, Start.AddDays(366), CalibrationSettings.Default);

    [Benchmark]
    public double Lookup10k()
    {
        var sum = 0.0;
        foreach (var (trigger, score) in _queries)
        {
            sum += _model.Probability(trigger, score);
        }

        return sum;
    }
}
