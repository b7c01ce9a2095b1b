using System.CommandLine;
using Kapman.Wyckoff.Core;

namespace Kapman.Cli.Commands;

/// <summary>
/// <c>kapman wyckoff analyze --bars IN.csv [--from D1 --to D2] --out OUT.csv</c>: the offline analyser for
/// audits (issue 5 §9). Reads <c>date,open,high,low,close,volume</c> and writes one row per session
/// (<see cref="SessionCsvWriter"/>), each analysed on the 200 calendar days before it as the daily run does.
/// Exit code 1 with a message on stderr when the input cannot be read or is invalid.
/// </summary>
internal static class WyckoffCommand
{
    /// <summary>The daily run's window (WyckoffDailyStep.LookbackCalendarDays in the Wyckoff host).</summary>
    private const int LookbackCalendarDays = 200;

    public static Command Create()
    {
        var bars = new Option<string>("--bars") { Description = "Input CSV: date,open,high,low,close,volume.", Required = true, HelpName = "IN.csv" };
        var from = new Option<DateOnly?>("--from") { Description = "First session written (default: the first bar).", HelpName = "yyyy-MM-dd" };
        var to = new Option<DateOnly?>("--to") { Description = "Last session written (default: the last bar).", HelpName = "yyyy-MM-dd" };
        var output = new Option<string>("--out") { Description = "Output CSV: date,phase,bc_score,spring_score,composite,events,signal.", Required = true, HelpName = "OUT.csv" };
        var analyze = new Command("analyze", "Analyse a bar file offline, one row per session.") { bars, from, to, output };
        analyze.Validators.Add(result =>
        {
            if (result.GetValue(from) is { } f && result.GetValue(to) is { } t && f > t)
            {
                result.AddError("--from must not be after --to.");
            }
        });
        analyze.SetAction(parse =>
        {
            try
            {
                using var reader = new StreamReader(parse.GetValue(bars)!);
                var history = BarCsvReader.Read(reader);
                var csv = SessionCsvWriter.Write(history, parse.GetValue(from), parse.GetValue(to), LookbackCalendarDays, WyckoffParameters.Default);
                File.WriteAllText(parse.GetValue(output)!, csv);
                Console.WriteLine($"{csv.Count(c => c == '\n') - 1} sessions written to {parse.GetValue(output)} (model {WyckoffParameters.Default.ModelVersion}).");
                return 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
            {
                Console.Error.WriteLine("wyckoff analyze failed: " + ex.Message);
                return 1;
            }
        });
        return new Command("wyckoff", "Wyckoff engine tools.") { analyze };
    }
}
