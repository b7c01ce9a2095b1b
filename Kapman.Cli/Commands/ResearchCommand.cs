using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Kapman.Cli.Cli;
using Kapman.MarketData;
using Kapman.Wyckoff.Core;

namespace Kapman.Cli.Commands;

/// <summary>
/// <c>kapman research wyckoff --from D1 --to D2 [--tickers A,B] --out DIR [--data-root DIR]</c>: the Wyckoff
/// research benchmark (<see cref="EventStudy"/>) over the day-aggregate flat files under the data root
/// (read directly, not through the API: the study needs every bar of the universe, with warm-up before D1
/// and forward sessions after D2). Writes <c>DIR/wyckoff-research.csv</c> and <c>DIR/wyckoff-research.md</c>
/// and prints the Markdown table and the wall time. Bars are used as the files hold them (not split-adjusted).
/// </summary>
internal static class ResearchCommand
{
    /// <summary>Calendar days of flat files read before D1 so the 40-bar z-scores and SMA20 are warm.</summary>
    private const int WarmUpDays = 120;

    private static readonly int[] Horizons = [5, 10, 20, 40];

    public static Command Create()
    {
        var from = KapmanCli.DateOption("--from", "First event date counted.");
        var to = KapmanCli.DateOption("--to", "Last event date counted.");
        var tickers = KapmanCli.TickersOption();
        var output = new Option<string>("--out") { Description = "Output directory (created if needed).", Required = true, HelpName = "DIR" };
        var dataRoot = KapmanCli.DataRootOption();
        var wyckoff = new Command("wyckoff", "Per Wyckoff event: count and forward returns at 5/10/20/40 sessions against all bars.")
        {
            from, to, tickers, output, dataRoot,
        };
        KapmanCli.RequireOrderedRange(wyckoff, from, to);
        wyckoff.SetAction(parse =>
        {
            var root = CliSettings.FromEnvironment().DataRoot(parse.GetValue(dataRoot));
            var keep = KapmanCli.TickerSet(parse.GetValue(tickers));
            return Run(root, parse.GetValue(from), parse.GetValue(to), keep, parse.GetValue(output)!);
        });
        return new Command("research", "Research benchmarks over the flat files.") { wyckoff };
    }

    private static int Run(string root, DateOnly from, DateOnly to, IReadOnlySet<string>? keep, string output)
    {
        var clock = Stopwatch.StartNew();
        var sessions = SessionFiles.List(root).Where(d => d >= from.AddDays(-WarmUpDays)).ToArray();
        if (!sessions.Any(d => d >= from && d <= to))
        {
            Console.Error.WriteLine($"No flat files between {from:yyyy-MM-dd} and {to:yyyy-MM-dd} under {root}.");
            return 1;
        }

        var bars = new Dictionary<string, List<Bar>>(StringComparer.Ordinal);
        var skipped = 0;
        foreach (var session in sessions)
        {
            var path = Path.Combine(root, "flatfiles", "us_stocks_sip", "day_aggs_v1",
                session.ToString("yyyy", CultureInfo.InvariantCulture), session.ToString("MM", CultureInfo.InvariantCulture),
                session.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".csv.gz");
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            skipped += DayAggregateReader.Read(reader, session, bars, keep);
        }

        var read = clock.Elapsed;
        var rows = EventStudy.Run(bars.Values, from, to, Horizons, WyckoffParameters.Default);
        Directory.CreateDirectory(output);
        var markdown = EventStudyReport.ToMarkdown(rows);
        File.WriteAllText(Path.Combine(output, "wyckoff-research.csv"), EventStudyReport.ToCsv(rows));
        File.WriteAllText(Path.Combine(output, "wyckoff-research.md"), markdown);
        Console.Write(markdown);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{bars.Count} tickers, {bars.Values.Sum(b => b.Count):N0} bars from {sessions.Length} session files ({skipped} rows skipped); " +
            $"model {WyckoffParameters.Default.ModelVersion}; read {read.TotalSeconds:0.0} s, study {(clock.Elapsed - read).TotalSeconds:0.0} s, wall {clock.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }
}
