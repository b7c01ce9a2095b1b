using System.Globalization;
using System.IO.Compression;
using Kapman.Ingestion.Core.CorporateActions;

namespace Kapman.Ingestion.Core.Tests.CorporateActions;

/// <summary>
/// Split detection over the shared flat files (2023-01-03 .. 2026-08-14). Per the data set's README every ticker there
/// is split-adjusted, so the files show no split; SBNY (Signature Bank's sub-dollar OTC remnant after its March 2023
/// failure) and PARA (quotes of a few shares at four- and five-digit prices) have opening prints at split-like ratios
/// that the previous rule (open ratio and dollar volume against the mean only) flagged.
/// </summary>
public class FlatFileSplitTests
{
    private static readonly Lazy<Dictionary<string, List<DailyBar>>> Histories = new(Load);

    private static Dictionary<string, List<DailyBar>> Load()
    {
        var root = RepoFiles.SharedData("flatfiles", "us_stocks_sip", "day_aggs_v1");
        var histories = new Dictionary<string, List<DailyBar>>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*.csv.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var day = DateOnly.ParseExact(Path.GetFileName(path)[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
            foreach (var bar in SessionFileParser.Parse(reader, day).Bars)
            {
                if (!histories.TryGetValue(bar.Ticker, out var list))
                {
                    histories[bar.Ticker] = list = [];
                }

                list.Add(bar);
            }
        }

        return histories;
    }

    private static IReadOnlyList<SplitSuspect> Detect(string ticker) => SplitDetector.Detect(Histories.Value[ticker]);

    [TestCase("SBNY")]
    [TestCase("PARA")]
    public void Junk_tickers_show_no_split(string ticker) => Assert.That(Detect(ticker), Is.Empty);

    [Test]
    public void Sbny_2025_01_31_opening_print_at_a_quarter_is_undone_by_the_close()
    {
        var bars = Histories.Value["SBNY"];
        var i = bars.FindIndex(b => b.SessionDate == new DateOnly(2025, 1, 31));

        // The file's rows: 2025-01-30 close 1.23; 2025-01-31 open 0.32, close 1.23 (1.23 / 0.32 = 3.84, 4% from 4:1).
        Assert.That((bars[i - 1].Close, bars[i].Open, bars[i].Close), Is.EqualTo((1.23, 0.32, 1.23)));
        var liquid = new SplitEvidence(1.23, 0.32, 1.23, 1e6, 1e6, 1e6);
        Assert.That(SplitDetector.Classify(liquid), Is.Null, "even with ordinary volume the close is back on the old basis");
    }

    [Test]
    public void Whole_shared_set_flags_only_moves_that_hold_through_the_close_on_liquid_tickers()
    {
        var suspects = Histories.Value.Keys.Order(StringComparer.Ordinal).SelectMany(Detect).ToList();
        foreach (var s in suspects)
        {
            TestContext.Out.WriteLine($"{s.Ticker} {s.ExDate:yyyy-MM-dd} {s.Ratio} observed {s.ObservedRatio:F4} dollar volume x{s.DollarVolumeRatio:F2} of the median");
        }

        Assert.That(suspects.Select(s => s.Ticker), Has.None.EqualTo("SBNY").And.None.EqualTo("PARA"));
        Assert.That(suspects, Has.Count.LessThanOrEqualTo(1), "a split-adjusted set shows at most an unadjusted edge case");
    }
}
