extern alias recommendation;

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Kapman.AppHost.Cli;
using Kapman.Metrics.Core;
using recommendation::Kapman.Recommendation.Core.Outcomes;
using recommendation::Kapman.Recommendation.Core.Strategies;
using Kapman.Wyckoff.Core;

namespace Kapman.AppHost.Commands;

/// <summary>
/// <c>kapman recommend backtest --from D1 --to D2 [--tickers A,B] [--out FILE.md] [--data-root DIR]</c> (issue 7 §5):
/// runs the strategy selection over past sessions of the flat-file universe. The shared chains do not cover these
/// sessions, so every call is directional on the underlying only (scored, never shown as tradable): entry at the
/// next open, target spot × 1.10 / stop spot × 0.95 (mirrored for SHORT), window 60 calendar days (the middle of
/// the long-option DTE window). Only complete windows (target, stop or window end reached) are scored. Prints
/// hit rate and Brier against the climatological baseline (always predicting the base rate), overall and by
/// signal, phase and strategy, plus the reliability table.
/// </summary>
internal static class RecommendCommand
{
    /// <summary>The daily Wyckoff run's lookback (calendar days).</summary>
    private const int LookbackDays = 200;

    /// <summary>Calendar days read after D2 so the last calls' windows can complete.</summary>
    private const int ForwardDays = 100;

    public static Command Create()
    {
        var from = KapmanCli.DateOption("--from", "First session a call is made on.");
        var to = KapmanCli.DateOption("--to", "Last session a call is made on.");
        var tickers = KapmanCli.TickersOption();
        var output = new Option<string?>("--out") { Description = "Also write the Markdown report here.", HelpName = "FILE.md" };
        var dataRoot = KapmanCli.DataRootOption();
        var backtest = new Command("backtest", "Directional calls over past sessions, scored by hit rate and Brier against the base rate.")
        {
            from, to, tickers, output, dataRoot,
        };
        KapmanCli.RequireOrderedRange(backtest, from, to);
        backtest.SetAction(parse =>
        {
            var root = CliSettings.FromEnvironment().DataRoot(parse.GetValue(dataRoot));
            var keep = KapmanCli.TickerSet(parse.GetValue(tickers));
            return Run(root, parse.GetValue(from), parse.GetValue(to), keep, parse.GetValue(output));
        });
        return new Command("recommend", "Recommendation engine tools.") { backtest };
    }

    private static int Run(string root, DateOnly from, DateOnly to, IReadOnlySet<string>? keep, string? output)
    {
        var clock = Stopwatch.StartNew();
        var sessions = SessionFiles.List(root).Where(d => d >= from.AddDays(-LookbackDays) && d <= to.AddDays(ForwardDays)).ToArray();
        if (!sessions.Any(d => d >= from && d <= to))
        {
            Console.Error.WriteLine($"No flat files between {from:yyyy-MM-dd} and {to:yyyy-MM-dd} under {root}.");
            return 1;
        }

        var bars = new Dictionary<string, List<Bar>>(StringComparer.Ordinal);
        foreach (var session in sessions)
        {
            var path = Path.Combine(root, "flatfiles", "us_stocks_sip", "day_aggs_v1",
                session.ToString("yyyy", CultureInfo.InvariantCulture), session.ToString("MM", CultureInfo.InvariantCulture),
                session.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".csv.gz");
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            DayAggregateReader.Read(reader, session, bars, keep);
        }

        var asOf = sessions[^1];
        var calls = new List<ScoredCall>();
        int analysed = 0, neutral = 0, open = 0, failed = 0;
        foreach (var (ticker, history) in bars)
        {
            var daily = history.Select(b => new DailyBar(b.Date, b.Open, b.High, b.Low, b.Close)).ToList();
            for (var i = 0; i < history.Count; i++)
            {
                var date = history[i].Date;
                if (date < from || date > to)
                {
                    continue;
                }

                analysed++;
                var first = history.FindIndex(b => b.Date >= date.AddDays(-LookbackDays));
                WyckoffSnapshot snapshot;
                try
                {
                    snapshot = WyckoffAnalyzer.Analyze(ticker, history.GetRange(first, i - first + 1), WyckoffParameters.Default);
                }
                catch (ArgumentException)
                {
                    failed++;
                    continue;
                }

                var (directional, call) = Score(snapshot, history[i].Close, daily, asOf);
                if (!directional)
                {
                    neutral++;
                }
                else if (call is null)
                {
                    open++;
                }
                else
                {
                    calls.Add(call);
                }
            }
        }

        var report = Markdown(AccuracyAggregator.Summarize(calls), from, to) + string.Create(CultureInfo.InvariantCulture,
            $"\n{bars.Count} tickers, {analysed:N0} ticker-sessions analysed: {calls.Count:N0} directional calls scored, {neutral:N0} neutral (HOLD), "
            + $"{open:N0} with an incomplete window, {failed:N0} with an invalid history; model {StrategyParameters.Default.ModelVersion} / "
            + $"{WyckoffParameters.Default.ModelVersion}; wall {clock.Elapsed.TotalSeconds:0.0} s.\n");
        Console.Write(report);
        if (output is not null)
        {
            File.WriteAllText(output, report);
        }

        return 0;
    }

    /// <summary>(false, null) for a neutral intent; (true, null) while the window is open; else (true, the scored call).</summary>
    private static (bool Directional, ScoredCall? Call) Score(WyckoffSnapshot s, double spot, List<DailyBar> daily, DateOnly asOf)
    {
        var parameters = StrategyParameters.Default;
        var input = new StrategyInput(s.Ticker, s.SessionDate, spot, s.Bc.Total, s.Spring.Total, s.AlertKind,
            WyckoffPhases.Parse(s.Phase.Phase), s.Events.Select(e => e.Code).ToList());
        var intent = StrategySelector.Select(input, parameters);
        if (intent.Direction == TradeDirections.Neutral)
        {
            return (false, null);
        }

        var up = intent.Direction == TradeDirections.Bullish;
        var request = new OutcomeRequest(s.SessionDate, intent.Direction, intent.Confidence,
            spot * (up ? 1 + parameters.UnderlyingTargetFraction : 1 - parameters.UnderlyingTargetFraction),
            spot * (up ? 1 - parameters.UnderlyingStopFraction : 1 + parameters.UnderlyingStopFraction),
            s.SessionDate.AddDays((int)parameters.LongWindow.Middle));
        var result = OutcomeEvaluator.Evaluate(request, daily, asOf);
        if (result is null || result.Status == OutcomeStatus.Active)
        {
            return (true, null);
        }

        return (true, new ScoredCall(intent.Confidence, result.DirectionCorrect, WyckoffPhases.Parse(s.Phase.Phase).ToString(), intent.Structure!, Signal(intent, s.AlertKind)));
    }

    /// <summary>The triggering signal: the alert kind, else the rule behind the structure (see <see cref="StrategySelector"/>).</summary>
    private static string Signal(TradeIntent intent, string? alert) => alert ?? intent.Structure switch
    {
        StrategyCodes.LongPut => "BC>=24",
        StrategyCodes.BearPutDebit => "BC>=20 DISTRIBUTION",
        StrategyCodes.LongCall or StrategyCodes.BullCallDebit => "SPRING>=9",
        StrategyCodes.CashSecuredPut => "ST/TEST",
        StrategyCodes.BullPutCredit => "SOS",
        _ => "SOW",
    };

    private static string Markdown(AccuracySummary summary, DateOnly from, DateOnly to)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Recommendation backtest {from:yyyy-MM-dd} .. {to:yyyy-MM-dd} (directional, underlying only)\n\n");
        text.Append("| group | calls | hit rate | mean Brier | baseline Brier b(1-b) | Brier skill |\n|---|---:|---:|---:|---:|---:|\n");
        Rows(text, "", [summary.Overall]);
        Rows(text, "signal ", summary.BySignal);
        Rows(text, "phase ", summary.ByPhase);
        Rows(text, "structure ", summary.ByStrategy);
        text.Append("\n| confidence | calls | mean p | observed |\n|---|---:|---:|---:|\n");
        foreach (var b in summary.Reliability.Where(b => b.Count > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {b.Lower:0.0}-{b.Upper:0.0} | {b.Count} | {b.MeanConfidence:0.000} | {b.ObservedFrequency:0.000} |\n");
        }

        return text.ToString();
    }

    private static void Rows(StringBuilder text, string prefix, IEnumerable<AccuracyGroup> groups)
    {
        foreach (var g in groups)
        {
            var skill = g.BrierSkill is { } s ? s.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
            text.Append(CultureInfo.InvariantCulture, $"| {prefix}{g.Key} | {g.Count} | {g.HitRate:0.000} | {g.MeanBrier:0.000} | {g.BaselineBrier:0.000} | {skill} |\n");
        }
    }
}
