using System.Globalization;
using Kapman.MarketData;

namespace Kapman.Indicators.Tests.TestData;

/// <summary>Locates and parses the shared reference files under ../shared/data (relative to the repo root).</summary>
internal static class ReferenceFiles
{
    /// <summary>Full path of a file under the shared data folder; fails the test when it is missing.</summary>
    public static string PathOf(params string[] relative) => RepoFiles.SharedData(relative);

    /// <summary>Reads a headed CSV file into rows keyed by the trimmed header names.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadCsv(params string[] relative)
    {
        var lines = File.ReadAllLines(PathOf(relative)).Where(line => line.Length > 0).ToArray();
        var header = lines[0].Split(',').Select(name => name.Trim()).ToArray();
        return lines.Skip(1)
            .Select(line => (IReadOnlyDictionary<string, string>)header
                .Zip(line.Split(','), (name, value) => (name, value: value.Trim()))
                .ToDictionary(pair => pair.name, pair => pair.value))
            .ToList();
    }

    /// <summary>Parses "1/9/2013 12:00:00 AM" (US month/day/year, time ignored).</summary>
    public static DateOnly UsDate(string text) =>
        DateOnly.ParseExact(text.Split(' ')[0], "M/d/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Parses a number as printed in the reference files (plain or E notation).</summary>
    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>True when the reference printed a value (not blank and not NaN).</summary>
    public static bool HasValue(string text) => text.Length > 0 && !text.Equals("NaN", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Half a unit in the last printed digit of <paramref name="text"/> ("13967.46" → 0.005,
    /// "1.39E+09" → 5E+06): the most a correct value can differ from the printed one.
    /// </summary>
    public static double PrintPrecision(string text)
    {
        if (IsSinglePrecisionArtifact(text))
        {
            text = ((float)Number(text)).ToString("R", CultureInfo.InvariantCulture);
        }

        var exponentAt = text.IndexOfAny(['E', 'e']);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : mantissa.Length - point - 1;
        return 0.5 * Math.Pow(10, exponent - decimals);
    }

    /// <summary>Comparison tolerance: print precision plus a relative 1e-12 allowance for floating-point noise.</summary>
    public static double Tolerance(string printed) =>
        (PrintPrecision(printed) * 1.000001) + (Math.Abs(Number(printed)) * 1e-12);

    /// <summary>A bar whose open, high, low and close all equal <paramref name="close"/> (files with closes only).</summary>
    public static Bar CloseOnly(DateOnly date, double close) => new(date, close, close, close, close, 0);

    /// <summary>A bar from a row with Open, High, Low, Close (and Volume when present, else 0) columns.</summary>
    public static Bar BarOf(DateOnly date, IReadOnlyDictionary<string, string> row) =>
        new(date, Number(row["Open"]), Number(row["High"]), Number(row["Low"]), Number(row["Close"]), row.TryGetValue("Volume", out var volume) ? Number(volume) : 0);

    /// <summary>
    /// True for a value printed as a single-precision number widened to double ("11.584719999999999" for
    /// 11.58472): more than 9 significant digits that the nearest float32 already reproduces.
    /// </summary>
    public static bool IsSinglePrecisionArtifact(string text)
    {
        var digits = text.TakeWhile(c => c is not ('E' or 'e')).Count(char.IsAsciiDigit);
        var value = Number(text);
        return digits > 9 && (double)(float)value != value && Math.Abs((float)value - value) <= Math.Abs(value) * 1e-7;
    }
}
