using BenchmarkDotNet.Attributes;
using Kapman.MarketData;
using Kapman.Wyckoff.Application;
using Kapman.Wyckoff.Core;

namespace Kapman.Benchmarks;

/// <summary>
/// The Wyckoff engine's compute at the sizes, on the real flat-file universe, in memory (no database; the
/// daily run with its reads and writes is <see cref="WyckoffDailyStepBenchmarks"/>):
/// <list type="bullet">
/// <item><see cref="UniverseSession"/>: the daily run's analysis of the last session (2026-08-14): every ticker with a
/// bar that session (about 670) analysed on its 200-calendar-day history against SPY as the market by
/// <see cref="WyckoffDailyStep.Analyze"/>, on exactly the inputs the daily step reads from the stored bars (target &lt; 1 s);</item>
/// <item><see cref="Research610KBars"/>: the event study of <c>kapman research wyckoff --from 2023-01-01 --to 2026-12-31</c>
/// over the 610,384 bars as that command reads them, without the file reading (target &lt; 30 s).</item>
/// </list>
/// </summary>
[Config(typeof(WholeStepConfig))]
public class WyckoffBenchmarks
{
    private Dictionary<string, IReadOnlyList<Bar>> _session = [];
    private List<List<Bar>> _research = [];

    [GlobalSetup(Target = nameof(UniverseSession))]
    public void SetupSession()
    {
        _session = WyckoffBenchData.LastSession(WyckoffBenchData.Stored(), out var session);
        Console.WriteLine($"// Wyckoff session {session:yyyy-MM-dd}: {_session.Count} tickers, {_session.Values.Sum(h => h.Count):N0} bars");
    }

    [GlobalSetup(Target = nameof(Research610KBars))]
    public void SetupResearch()
    {
        _research = WyckoffBenchData.Research();
        Console.WriteLine($"// Wyckoff research: {_research.Count} tickers, {_research.Sum(b => b.Count):N0} bars");
    }

    [Benchmark]
    public int UniverseSession() => WyckoffDailyStep.Analyze(_session, WyckoffParameters.Default).Sum(s => s.Events.Count);

    [Benchmark]
    public int Research610KBars() =>
        EventStudy.Run(_research, new DateOnly(2023, 1, 1), new DateOnly(2026, 12, 31), [5, 10, 20, 40], WyckoffParameters.Default).Count;
}
