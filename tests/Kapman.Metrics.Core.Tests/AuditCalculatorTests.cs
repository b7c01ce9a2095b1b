using Kapman.Indicators.Tests.TestData;
using Kapman.MarketData;
using Kapman.Metrics.Core.Audit;

namespace Kapman.Metrics.Core.Tests;

/// <summary>The pure part of <c>kapman indicators compute</c>: spec parsing, column names, bar parsing and the CSV it writes.</summary>
public sealed class AuditCalculatorTests
{
    [TestCase("RSI:14", "RSI_14_real")]
    [TestCase("macd:12,26,9", "MACD_12_26_9_macd,MACD_12_26_9_macdsignal,MACD_12_26_9_macdhist")]
    [TestCase("STOCH:14,3,3", "STOCH_14_3_3_slowk,STOCH_14_3_3_slowd")]
    [TestCase("BBANDS:20,2,2", "BBANDS_20_2_2_upperband,BBANDS_20_2_2_middleband,BBANDS_20_2_2_lowerband")]
    [TestCase("ADX:14", "ADX_14_real")]
    [TestCase("OBV", "OBV_real")]
    [TestCase("SMA:200", "SMA_200_real")]
    [TestCase("SAR", "SAR_0.02_0.2_real")]
    [TestCase("BBANDS:20", "BBANDS_20_2_2_upperband,BBANDS_20_2_2_middleband,BBANDS_20_2_2_lowerband")]
    [TestCase("AROON:14", "AROON_14_aroondown,AROON_14_aroonup")]
    public void Spec_columns_use_talib_names_and_defaults(string spec, string columns)
    {
        var parsed = IndicatorSpec.Parse(spec);
        Assert.That(string.Join(',', parsed.Function.Outputs.Select(parsed.ColumnName)), Is.EqualTo(columns));
    }

    [TestCase("FOO:1")]
    [TestCase("RSI:abc")]
    [TestCase("RSI:14,2")]
    [TestCase("RSI:")]
    public void Bad_specs_are_rejected_with_a_format_error(string spec) =>
        Assert.That(() => IndicatorSpec.Parse(spec), Throws.TypeOf<FormatException>().With.Message.Contains(spec));

    [Test]
    public void Bars_parse_in_any_column_order_and_reject_bad_rows_with_their_line()
    {
        var bars = AuditCalculator.ParseBars(["Close,Date,Volume,Open,High,Low,wap", "10,2024-01-02,100,9,11,8,9.5", "", "11,2024-01-03,50,10,12,9,"]);
        Assert.That(bars, Is.EqualTo(new[] { new Bar(new DateOnly(2024, 1, 2), 9, 11, 8, 10, 100), new Bar(new DateOnly(2024, 1, 3), 10, 12, 9, 11, 50) }));
        Assert.That(() => AuditCalculator.ParseBars(["date,open,high,low,close"]), Throws.TypeOf<FormatException>().With.Message.Contains("volume"));
        Assert.That(() => AuditCalculator.ParseBars(["date,open,high,low,close,volume", "2024-01-02,1,1,1,x,1"]), Throws.TypeOf<FormatException>().With.Message.Contains("Line 2"));
        Assert.That(() => AuditCalculator.ParseBars(["date,open,high,low,close,volume", "2024-01-02,1,1,1,1,1", "2024-01-02,1,1,1,1,1"]), Throws.TypeOf<FormatException>().With.Message.Contains("Line 3"));
        Assert.That(() => AuditCalculator.ParseBars([]), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void Values_before_warm_up_are_empty()
    {
        var lines = AuditCalculator.Compute(Bars.FromCloses(1, 2, 3, 4), [IndicatorSpec.Parse("SMA:3"), IndicatorSpec.Parse("OBV")]);
        Assert.That(lines, Is.EqualTo(new[] { "date,SMA_3_real,OBV_real", "2024-01-01,,1000", "2024-01-02,,2000", "2024-01-03,2,3000", "2024-01-04,3,4000" }));
    }

    [Test]
    public void End_to_end_the_macd_columns_reproduce_the_reference_file()
    {
        // The input CSV is spy_with_macd.txt's bars with a volume column added; the output's MACD columns must
        // agree with the file's MACD, Signal and Histogram to the precision of the reference test.
        var rows = ReferenceFiles.ReadCsv("reference", "indicators", "spy_with_macd.txt");
        var input = rows.Select(r => $"{r["Date"]},{r["Open"]},{r["High"]},{r["Low"]},{r["Close"]},0").Prepend("date,open,high,low,close,volume");
        var output = AuditCalculator.Compute(AuditCalculator.ParseBars(input), [IndicatorSpec.Parse("MACD:12,26,9")]);

        Assert.That(output[0], Is.EqualTo("date,MACD_12_26_9_macd,MACD_12_26_9_macdsignal,MACD_12_26_9_macdhist"));
        Assert.That(output, Has.Count.EqualTo(rows.Count + 1));
        var differences = new MaxDifference();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = output[i + 1].Split(',');
            Assert.That(cells[0], Is.EqualTo(rows[i]["Date"]));
            Assert.That(cells[1] == "", Is.EqualTo(i < 33), $"warm-up on row {i}");
            if (ReferenceFiles.HasValue(rows[i]["MACD"]))
            {
                var date = DateOnly.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture);
                var allowance = 2 * ReferenceFiles.Number(rows[i]["Close"]) * Math.Pow(2, -24);
                differences.Check("macd", ReferenceFiles.Number(cells[1]), rows[i]["MACD"], date, allowance);
                differences.Check("macdsignal", ReferenceFiles.Number(cells[2]), rows[i]["Signal"], date, allowance);
                differences.Check("macdhist", ReferenceFiles.Number(cells[3]), rows[i]["Histogram"], date, allowance);
            }
        }

        Assert.That(differences.Compared, Is.EqualTo(3 * 183));
    }
}
