extern alias recommendation;

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Kapman.Cli.Cli;
using Kapman.MarketData;
using recommendation::Kapman.Recommendation.Core.Outcomes;
using recommendation::Kapman.Recommendation.Core.Strategies;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Core.Features;

namespace Kapman.Cli.Commands;

/// <summary>
/// <c>kapman recommend backtest --from D1 --to D2 [--warmup-from D0] [--tickers A,B] [--out FILE.md] [--data-root DIR]</c>
/// (issue 7 §5): runs the strategy selection (scores, alert, phase, the session's events and trade signal) over past
/// sessions of the flat-file universe. The shared chains do not cover these sessions, so every call is directional on
/// the underlying only (<see cref="UnderlyingCall"/>: scored, never shown as tradable): entry at the next open,
/// target spot × 1.10 / stop spot × 0.95 (mirrored for SHORT), window 60 calendar days (the middle of the
/// long-option DTE window). Only complete windows (target, stop or window end reached) are scored. Calls of
/// D0..D1 − 1 are warm-up: scored only as calibration evidence. Prints hit rate and Brier (rule and calibrated
/// confidence) against the climatological baseline, overall and by signal, phase and structure (<see cref="RecommendBacktestReport"/>),
/// then the out-of-sample section: a calibration fitted on the warm-up calls only, scored on the reported ones with
/// bootstrap intervals (<see cref="RecommendBacktestCalibration"/>, --bootstrap-seed, default 21), twice: the daily run's
/// calibration on the rule confidence alone, and one that also takes the Wyckoff signal features (relative strength against
/// SPY, close position, volume ratio, effort vs result: <see cref="SignalFeatures"/>). With --out, the out-of-sample
/// reliability diagrams are written beside the report as <c>reliability.svg</c> and <c>reliability-features.svg</c>.
/// SPY's bars are read even when --tickers leaves it out: they are the market of the relative-strength feature.
/// </summary>
internal static class RecommendCommand
{
    /// <summary>The daily Wyckoff run's lookback (calendar days).</summary>
    private const int LookbackDays = 200;

    /// <summary>Calendar days read after D2 so the last calls' windows can complete.</summary>
    private const int ForwardDays = 100;

    /// <summary>The market of the relative-strength feature, as in the daily run.</summary>
    private const string Market = "SPY";

    public static Command Create()
    {
        var from = KapmanCli.DateOption("--from", "First session a call is made on.");
        var to = KapmanCli.DateOption("--to", "Last session a call is made on.");
        var warmup = new Option<DateOnly?>("--warmup-from") { Description = "First session of warm-up calls (calibration evidence only, not reported).", HelpName = "YYYY-MM-DD" };
        var tickers = KapmanCli.TickersOption();
        var output = new Option<string?>("--out") { Description = "Also write the Markdown report here (and reliability.svg beside it; the folder is created if needed).", HelpName = "FILE.md" };
        var dataRoot = KapmanCli.DataRootOption();
        var seed = new Option<int>("--bootstrap-seed") { Description = "Seed of the bootstrap confidence intervals (deterministic).", DefaultValueFactory = _ => 21, HelpName = "N" };
        var backtest = new Command("backtest", "Directional calls over past sessions, scored by hit rate and Brier against the base rate.")
        {
            from, to, warmup, tickers, output, dataRoot, seed,
        };
        KapmanCli.RequireOrderedRange(backtest, from, to);
        backtest.SetAction(parse =>
        {
            var root = CliSettings.FromEnvironment().DataRoot(parse.GetValue(dataRoot));
            var keep = KapmanCli.TickerSet(parse.GetValue(tickers));
            var start = parse.GetValue(from);
            var first = parse.GetValue(warmup) is { } w && w < start ? w : start;
            return Run(root, first, start, parse.GetValue(to), keep, parse.GetValue(output), parse.GetValue(seed));
        });
        return new Command("recommend", "Recommendation engine tools.") { backtest };
    }

    private static int Run(string root, DateOnly warmup, DateOnly from, DateOnly to, HashSet<string>? keep, string? output, int seed)
    {
        var clock = Stopwatch.StartNew();
        var sessions = SessionFiles.List(root).Where(d => d >= warmup.AddDays(-LookbackDays) && d <= to.AddDays(ForwardDays)).ToArray();
        if (!sessions.Any(d => d >= from && d <= to))
        {
            Console.Error.WriteLine($"No flat files between {from:yyyy-MM-dd} and {to:yyyy-MM-dd} under {root}.");
            return 1;
        }

        var bars = new Dictionary<string, List<Bar>>(StringComparer.Ordinal);
        var read = WithMarket(keep);
        foreach (var session in sessions)
        {
            var path = Path.Combine(root, "flatfiles", "us_stocks_sip", "day_aggs_v1",
                session.ToString("yyyy", CultureInfo.InvariantCulture), session.ToString("MM", CultureInfo.InvariantCulture),
                session.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".csv.gz");
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            DayAggregateReader.Read(reader, session, bars, read);
        }

        var market = bars.TryGetValue(Market, out var spy) ? MarketSeries.FromBars(Market, spy) : null;
        var asOf = sessions[^1];
        var calls = new List<RecommendBacktestCall>();
        int analysed = 0, neutral = 0, open = 0, failed = 0;
        foreach (var (ticker, history) in bars.Where(t => keep is null || keep.Contains(t.Key)))
        {
            var daily = history.ToList();
            for (var i = 0; i < history.Count; i++)
            {
                var date = history[i].Date;
                if (date < warmup || date > to)
                {
                    continue;
                }

                var reported = date >= from;
                analysed += reported ? 1 : 0;
                var first = history.FindIndex(b => b.Date >= date.AddDays(-LookbackDays));
                WyckoffSnapshot snapshot;
                try
                {
                    snapshot = WyckoffAnalyzer.Analyze(ticker, history.GetRange(first, i - first + 1), WyckoffParameters.Default, market);
                }
                catch (ArgumentException)
                {
                    failed += reported ? 1 : 0;
                    continue;
                }

                var (directional, call) = Score(snapshot, history[i].Close, daily, asOf, reported);
                if (!directional)
                {
                    neutral += reported ? 1 : 0;
                }
                else if (call is null)
                {
                    open += reported ? 1 : 0;
                }
                else
                {
                    calls.Add(call);
                }
            }
        }

        var parameters = StrategyParameters.Default;
        var model = RecommendBacktestCalibration.Fit(calls, from, RecommendBacktestCalibration.RuleOnly);
        var withFeatures = RecommendBacktestCalibration.Fit(calls, from, RecommendBacktestCalibration.WithFeatures);
        var report = RecommendBacktestReport.Markdown(calls, from, to, model) +
            RecommendBacktestCalibration.Markdown(calls, model, seed) + RecommendBacktestCalibration.Markdown(calls, withFeatures, seed) +
            string.Create(CultureInfo.InvariantCulture,
            $"\n{bars.Count} tickers, {analysed:N0} ticker-sessions analysed: {calls.Count(c => c.Reported):N0} directional calls scored "
            + $"({calls.Count(c => !c.Reported):N0} warm-up calls from {warmup:yyyy-MM-dd} as calibration evidence), {neutral:N0} neutral (HOLD), "
            + $"{open:N0} with an incomplete window, {failed:N0} with an invalid history; model {parameters.ModelVersion} / "
            + $"{WyckoffParameters.Default.ModelVersion}; market {(market is null ? "none" : Market)}; wall {clock.Elapsed.TotalSeconds:0.0} s.\n");
        Console.Write(report);
        if (output is not null)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(output))!;
            Directory.CreateDirectory(folder);
            File.WriteAllText(output, report);
            File.WriteAllText(Path.Combine(folder, "reliability.svg"), RecommendBacktestCalibration.ReliabilitySvg(calls, model));
            File.WriteAllText(Path.Combine(folder, "reliability-features.svg"), RecommendBacktestCalibration.ReliabilitySvg(calls, withFeatures));
        }

        return 0;
    }

    /// <summary>The tickers to read: <paramref name="keep"/> and the market (null: every ticker).</summary>
    private static HashSet<string>? WithMarket(HashSet<string>? keep) =>
        keep is null || keep.Contains(Market) ? keep : [.. keep, Market];

    /// <summary>(false, null) for a neutral intent; (true, null) while the window is open; else (true, the scored call).</summary>
    private static (bool Directional, RecommendBacktestCall? Call) Score(WyckoffSnapshot s, double spot, List<Bar> daily, DateOnly asOf, bool reported)
    {
        var parameters = StrategyParameters.Default;
        var phase = WyckoffPhases.Parse(s.Phase.Phase);
        var input = new StrategyInput(s.Ticker, s.SessionDate, spot, s.Bc.Total, s.Spring.Total, s.AlertKind, phase,
            s.Events.Select(e => e.Code).ToList(), s.TradeSignal);
        var intent = StrategySelector.Select(input, parameters);
        if (UnderlyingCall.From(intent, spot, s.SessionDate, parameters) is not { } call)
        {
            return (false, null);
        }

        var result = OutcomeEvaluator.Evaluate(new OutcomeRequest(s.SessionDate, call.Direction, call.Confidence, call.Target, call.Stop, call.WindowEnd), daily, asOf);
        if (result is null || result.Status == OutcomeStatus.Active)
        {
            return (true, null);
        }

        return (true, new RecommendBacktestCall(
            s.SessionDate, intent.Trigger ?? intent.Direction, phase.ToString(), intent.Structure!, call.Confidence, result.DirectionCorrect, result.EvaluationDate, reported,
            s.Features?.CalibrationVector()));
    }
}
