using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kapman.MarketData;
using Kapman.OptionMath;
using Kapman.Options.Core;

namespace Kapman.Cli.Commands;

/// <summary>
/// <c>kapman options greeks --chain CHAIN.json --as-of DATE --spot S [--rate R --dividend-yield Q]
/// [--style european|american] --out OUT.csv</c>: the offline audit calculator (<see cref="OfflineGreeksCalculator"/>).
/// CHAIN.json is a Polygon-shaped snapshot; its underlying is read from <c>underlying.ticker</c>, else the rows.
/// T = calendar days from --as-of to each expiry / 365. Rate and yield default to <see cref="PricingInputs.Default"/>.
/// A contract the model cannot price is written with status <c>MODEL_ERROR</c>; the command still prices the rest and exits 0.
/// </summary>
internal static class OptionsCommand
{
    public static Command Create()
    {
        var chain = new Option<FileInfo>("--chain") { Description = "Chain snapshot JSON (Polygon /v3/snapshot/options shape).", Required = true, HelpName = "CHAIN.json" };
        var asOf = KapmanCli.DateOption("--as-of", "Valuation date: T = calendar days to expiry / 365.");
        var spot = new Option<double>("--spot") { Description = "Underlying price in $ per share.", Required = true, HelpName = "S" };
        var rate = new Option<double>("--rate") { Description = "Continuously compounded risk-free rate, decimal.", DefaultValueFactory = _ => PricingInputs.Default.RiskFreeRate, HelpName = "R" };
        var dividend = new Option<double>("--dividend-yield") { Description = "Continuous dividend yield, decimal.", DefaultValueFactory = _ => PricingInputs.Default.DividendYield, HelpName = "Q" };
        var style = new Option<string>("--style") { Description = "Exercise style of the model.", DefaultValueFactory = _ => "european" };
        style.AcceptOnlyFromAmong("european", "american");
        var output = new Option<string>("--out") { Description = "Output CSV path.", Required = true, HelpName = "OUT.csv" };
        var greeks = new Command("greeks", "IV and greeks of every contract of a chain file, to CSV.") { chain, asOf, spot, rate, dividend, style, output };
        greeks.Validators.Add(result =>
        {
            if (!(result.GetValue(spot) > 0) || !double.IsFinite(result.GetValue(spot)))
            {
                result.AddError("--spot must be a positive number.");
            }
        });
        greeks.SetAction(parse => Run(
            parse.GetValue(chain)!, parse.GetValue(asOf), parse.GetValue(spot), new PricingInputs(parse.GetValue(rate), parse.GetValue(dividend)),
            parse.GetValue(style) == "american" ? ExerciseStyle.American : ExerciseStyle.European, parse.GetValue(output)!));
        return new Command("options", "Options analytics tools.") { greeks };
    }

    private static int Run(FileInfo chainFile, DateOnly asOf, double spot, PricingInputs inputs, ExerciseStyle style, string output)
    {
        var clock = Stopwatch.StartNew();
        OptionChainSnapshot chain;
        try
        {
            var bytes = File.ReadAllBytes(chainFile.FullName);
            var (underlying, fileAsOf) = Header(bytes, asOf);
            using var stream = new MemoryStream(bytes);
            chain = PolygonSnapshotReader.Read(stream, underlying, fileAsOf);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            Console.Error.WriteLine($"Cannot read {chainFile.FullName}: {ex.Message}");
            return 1;
        }

        var rows = OfflineGreeksCalculator.Compute(chain.Contracts, asOf, spot, inputs, style);
        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(output, OfflineGreeksCalculator.ToCsv(rows));
        var ok = rows.Count(r => r.Status == "OK");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{chain.Underlying}: {rows.Count} contracts ({chain.Skipped.Count} unreadable rows skipped), IV solved {ok}, {style} model, {clock.ElapsedMilliseconds} ms -> {output}"));
        foreach (var failure in rows.Where(r => r.Status != "OK").GroupBy(r => r.Status).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = failure.First();
            // A model error names its first contract and reason, so the operator can reproduce it without reading the CSV.
            Console.WriteLine(first.Detail is null ? $"  {failure.Key}: {failure.Count()}" : $"  {failure.Key}: {failure.Count()} (first {first.Occ}: {first.Detail})");
        }

        return 0;
    }

    /// <summary>The snapshot's underlying (<c>underlying.ticker</c>, else the first row's OCC root) and its own <c>as_of</c> (else --as-of).</summary>
    private static (string Underlying, DateOnly AsOf) Header(byte[] json, DateOnly fallback)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var fileAsOf = root.TryGetProperty("as_of", out var a) && a.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(a.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : fallback;
        if (root.TryGetProperty("underlying", out var u) && u.ValueKind == JsonValueKind.Object
            && u.TryGetProperty("ticker", out var t) && t.ValueKind == JsonValueKind.String)
        {
            return (t.GetString()!, fileAsOf);
        }

        if (root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
        {
            foreach (var row in results.EnumerateArray())
            {
                if (row.ValueKind == JsonValueKind.Object && row.TryGetProperty("details", out var d) && d.ValueKind == JsonValueKind.Object
                    && d.TryGetProperty("ticker", out var ticker) && OccSymbol.TryParse(ticker.GetString(), out var symbol))
                {
                    return (symbol.Underlying, fileAsOf);
                }
            }
        }

        throw new InvalidDataException("The chain names no underlying (no 'underlying.ticker' and no OCC ticker in 'results').");
    }
}
