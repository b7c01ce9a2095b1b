using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Kapman.Ingestion.Core;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// AAPL's 7:1 split, ex-date 2014-06-09 (Apple investor relations), from the raw bars in
/// <c>history/lean_daily_raw/AAPL.csv.gz</c> written as session files and backfilled through the service.
/// </summary>
public class SplitTests
{
    private static List<DailyBar> AppleBars(DateOnly from, DateOnly to)
    {
        var path = RepoFiles.SharedData("history", "lean_daily_raw", "AAPL.csv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        reader.ReadLine();
        var bars = new List<DailyBar>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var f = line.Split(',');
            var day = DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (day >= from && day <= to)
            {
                double P(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
                bars.Add(new DailyBar("AAPL", day, P(1), P(2), P(3), P(4), long.Parse(f[5], CultureInfo.InvariantCulture), null));
            }
        }

        return bars;
    }

    [Test]
    public async Task Aapl_2014_split_is_detected_stored_and_applied_by_the_adjusted_read_while_raw_bars_stay()
    {
        using var files = new TestFlatFiles();
        foreach (var bar in AppleBars(new DateOnly(2014, 5, 1), new DateOnly(2014, 6, 11)))
        {
            files.Write(bar.SessionDate, [bar]);
        }

        await using var host = await IngestionTestHost.StartAsync(files.Root);
        using var client = host.Client();
        var backfill = await (await client.PostAsJsonAsync("/backfill", new { from = "2014-05-01", to = "2014-06-11" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(backfill.GetProperty("missing").GetInt32(), Is.Zero, backfill.ToString());

        var report = await client.GetFromJsonAsync<JsonElement>("/sessions/2014-06-09/report");
        var split = report.GetProperty("splitSuspects").EnumerateArray().Single();
        TestContext.Out.WriteLine("2014-06-09 split suspect: " + split);
        Assert.That((split.GetProperty("ticker").GetString(), split.GetProperty("ratio").GetString(), split.GetProperty("factor").GetDouble()), Is.EqualTo(("AAPL", "7:1", 7.0)));
        var range = await client.GetFromJsonAsync<JsonElement>("/sessions?from=2014-05-01&to=2014-06-11");
        Assert.That(range.GetProperty("splitSuspects").GetArrayLength(), Is.EqualTo(1), "no other session of the window looks like a split");

        var raw = await client.GetFromJsonAsync<JsonElement>("/bars/AAPL?from=2014-06-06&to=2014-06-09");
        var adjusted = await client.GetFromJsonAsync<JsonElement>("/bars/AAPL?from=2014-06-06&to=2014-06-09&adjusted=true");
        TestContext.Out.WriteLine("raw: " + raw);
        TestContext.Out.WriteLine("adjusted: " + adjusted);
        // Raw 2014-06-06: close 645.57, volume 12,116,671 (the file's row); on the post-split basis ÷7 and ×7.
        Assert.That(raw[0].GetProperty("close").GetDouble(), Is.EqualTo(645.57));
        Assert.That(adjusted[0].GetProperty("close").GetDouble(), Is.EqualTo(645.57 / 7).Within(1e-9));
        Assert.That(adjusted[0].GetProperty("volume").GetInt64(), Is.EqualTo(12_116_671L * 7));
        Assert.That(adjusted[1].GetProperty("close").GetDouble(), Is.EqualTo(93.7), "the ex-date itself is already on the new basis");

        var csv = await client.GetStringAsync("/bars/AAPL?from=2014-06-06&to=2014-06-06&format=csv");
        Assert.That(csv, Is.EqualTo("ticker,session_date,open,high,low,close,volume\nAAPL,2014-06-06,650,651.25,644.48,645.57,12116671\n"));
    }
}
