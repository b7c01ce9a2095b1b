using Kapman.Indicators.Tests.TestData;

namespace Kapman.Indicators.Tests;

/// <summary>
/// MACD and Bollinger bands against the LEAN/TA-Lib reference files. Every printed value after warm-up is
/// compared to the printed precision (half a unit of its last digit) plus an allowance stated per file; the
/// maximum difference is written to the test output for the audit note. The files seed every EMA with the
/// SMA of its own first inputs (LEAN); <see cref="Macd"/> seeds the fast EMA as TA-Lib does, at bar <c>slow</c>
/// from the 12 closes ending there. The fast EMAs therefore differ by a gap that shrinks by 11/13 per bar:
/// spy_with_macd.txt prints its first value at bar 180, long after the gap is gone, so every value is compared;
/// spy_with_indicators.txt prints from bar 26 and its first <see cref="LeanSeedValues"/> values are skipped.
/// </summary>
public sealed class MacdAndBollingerReferenceTests
{
    private const string Folder = "reference";
    private const string Indicators = "indicators";

    /// <summary>
    /// MACD values of spy_with_indicators.txt skipped for the LEAN fast-EMA seed: the gap between the two seeds is
    /// 23.17 at the first value (mean of closes 1..12 carried forward vs mean of closes 15..26) and is multiplied by
    /// 11/13 each bar, so it is below the file's half-cent precision after ln(0.005 / 23.17) / ln(11/13) = 51 bars.
    /// </summary>
    private const int LeanSeedValues = 55;

    [Test]
    public void Macd_line_signal_and_histogram_match_spy_with_macd()
    {
        var rows = ReferenceFiles.ReadCsv(Folder, Indicators, "spy_with_macd.txt");
        var macd = new Macd();
        var differences = new MaxDifference();
        foreach (var row in rows)
        {
            var date = DateOnly.ParseExact(row["Date"], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            macd.Update(ReferenceFiles.BarOf(date, row));
            if (!ReferenceFiles.HasValue(row["MACD"]))
            {
                continue;
            }

            Assert.That(macd.IsReady, Is.True, $"MACD ready on {date}");
            // The file's values are single-precision numbers (they print as 11.584719999999999): each of its
            // EMAs carries a float32 rounding of up to close × 2^-24, and the outputs are differences of two.
            var singlePrecision = 2 * ReferenceFiles.Number(row["Close"]) * Math.Pow(2, -24);
            differences.Check("macd", macd.Line, row["MACD"], date, singlePrecision);
            differences.Check("macdsignal", macd.Signal, row["Signal"], date, singlePrecision);
            differences.Check("macdhist", macd.Histogram, row["Histogram"], date, singlePrecision);
        }

        Assert.That(differences.Compared, Is.EqualTo(3 * 183));
        differences.Report("spy_with_macd.txt", "MACD(12,26,9)", "½ unit of last digit + 2·close·2⁻²⁴ (float32 file)");
    }

    [Test]
    public void Macd_line_matches_spy_with_indicators()
    {
        var rows = ReferenceFiles.ReadCsv(Folder, Indicators, "spy_with_indicators.txt");
        var macd = new Macd(12, 26, 9);
        var differences = new MaxDifference();
        var lineValues = 0;
        foreach (var row in rows)
        {
            var date = ReferenceFiles.UsDate(row["Date"]);
            macd.Update(ReferenceFiles.CloseOnly(date, ReferenceFiles.Number(row["Close"])));
            Assert.That(macd.LineIsReady, Is.EqualTo(ReferenceFiles.HasValue(row["MACD 12 26"])), $"MACD line readiness on {date}");
            if (macd.LineIsReady && ++lineValues > LeanSeedValues)
            {
                // Closes are printed to the cent but the reference used unrounded closes: each EMA is a weighted
                // mean (weights summing to 1), so the line (fast − slow) may be off by up to 2 × half a cent.
                differences.Check("macd", macd.Line, row["MACD 12 26"], date, 2 * 0.005);
            }
        }

        Assert.That(differences.Compared, Is.EqualTo(rows.Count - 25 - LeanSeedValues));
        differences.Report("spy_with_indicators.txt", "MACD(12,26,9) line", $"½ unit + 1 cent (closes printed to the cent); first {LeanSeedValues} values skipped (LEAN seed)");
    }

    [Test]
    public void Bollinger_bands_percent_b_and_width_match_spy_bollinger_bands()
    {
        var rows = ReferenceFiles.ReadCsv(Folder, Indicators, "spy_bollinger_bands.txt");
        var bands = new BollingerBands(20, 2, 2);
        var differences = new MaxDifference();
        foreach (var row in rows)
        {
            var date = ReferenceFiles.UsDate(row["Date"]);
            var ready = bands.Update(ReferenceFiles.BarOf(date, row));
            Assert.That(ready, Is.EqualTo(ReferenceFiles.HasValue(row["Moving Average 20"])), $"readiness on {date}");
            if (ready)
            {
                // The file rounds the deviation term (2σ) before adding it to the middle band, so a band may be
                // off by one more half unit; BandWidth and %B are derived from those rounded bands.
                var upper = row["Bollinger Bands® 20 2 Top"];
                var lower = row["Bollinger Bands® 20 2 Bottom"];
                var bandRounding = ReferenceFiles.PrintPrecision(upper) + ReferenceFiles.PrintPrecision(lower);
                var range = ReferenceFiles.Number(upper) - ReferenceFiles.Number(lower);
                differences.Check("middleband", bands.Middle, row["Moving Average 20"], date);
                differences.Check("upperband", bands.Upper, upper, date, ReferenceFiles.PrintPrecision(upper));
                differences.Check("lowerband", bands.Lower, lower, date, ReferenceFiles.PrintPrecision(lower));
                differences.Check("width", bands.Width, row["BandWidth"], date, 100 * 2 * bandRounding / bands.Middle);
                differences.Check("percentb", bands.PercentB, row["%B"], date, 2 * bandRounding * (1 + Math.Abs(bands.PercentB)) / range);
            }
        }

        Assert.That(differences.Compared, Is.EqualTo(5 * (rows.Count - 19)));
        differences.Report("spy_bollinger_bands.txt", "BBANDS(20,2,2)", "½ unit of last digit (+ the file's rounded 2σ for bands, width, %B)");
    }
}
