using System.CommandLine;
using Kapman.Metrics.Core.Audit;

namespace Kapman.Cli.Commands;

/// <summary>
/// <c>kapman indicators compute --bars IN.csv --indicator SPEC [--indicator SPEC ...] --out OUT.csv</c>: the offline
/// indicator calculator for audits (issue 4 §5). SPEC is a TA-Lib function with its parameters (<c>RSI:14</c>,
/// <c>MACD:12,26,9</c>, <c>STOCH:14,3,3</c>, <c>BBANDS:20,2,2</c>, <c>OBV</c>); the output has <c>date</c> plus one column
/// per output named <c>FUNCTION_params_output</c> (<see cref="AuditCalculator"/>). Exit code 1 with a message on stderr
/// when the input or a spec is invalid.
/// </summary>
internal static class IndicatorsCommand
{
    public static Command Create()
    {
        var bars = new Option<string>("--bars") { Description = "Input CSV: date,open,high,low,close,volume.", Required = true, HelpName = "IN.csv" };
        var indicator = new Option<string[]>("--indicator")
        {
            Description = $"TA-Lib function with parameters, repeatable (e.g. MACD:12,26,9). Supported: {string.Join(", ", TaLibFunctions.Names)}.",
            Required = true,
            HelpName = "SPEC",
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string>("--out") { Description = "Output CSV: date plus FUNCTION_params_output columns.", Required = true, HelpName = "OUT.csv" };
        var compute = new Command("compute", "Compute TA-Lib indicators over a bar file, one row per bar.") { bars, indicator, output };
        compute.SetAction(parse =>
        {
            try
            {
                var specs = parse.GetValue(indicator)!.Select(IndicatorSpec.Parse).ToList();
                var history = AuditCalculator.ParseBars(File.ReadLines(parse.GetValue(bars)!));
                var lines = AuditCalculator.Compute(history, specs);
                File.WriteAllLines(parse.GetValue(output)!, lines);
                Console.WriteLine($"{history.Count} bars, {lines[0].Split(',').Length - 1} columns written to {parse.GetValue(output)}.");
                return 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
            {
                Console.Error.WriteLine("indicators compute failed: " + ex.Message);
                return 1;
            }
        });
        return new Command("indicators", "Technical indicator tools.") { compute };
    }
}
