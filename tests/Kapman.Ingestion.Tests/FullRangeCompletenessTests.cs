using System.Net.Http.Json;
using System.Text.Json;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// The whole shared flat-file set (907 sessions 2023-01-03 .. 2026-08-14, 610,384 rows of which 1,731 have zero
/// volume or break an OHLC invariant, per the data set's README) backfilled through the service with retention off, then the range's completeness.
/// </summary>
public class FullRangeCompletenessTests
{
    [Test]
    public async Task Full_shared_range_loads_every_session_and_reports_the_bad_rows_by_reason()
    {
        var dataRoot = Path.GetDirectoryName(RepoFiles.SharedData("flatfiles"))!;
        await using var host = await IngestionTestHost.StartAsync(dataRoot, retentionSessions: 0);
        using var client = host.Client();

        var backfill = await (await client.PostAsJsonAsync("/backfill", new { from = "2023-01-01", to = "2026-08-14" })).Content.ReadFromJsonAsync<JsonElement>();
        TestContext.Out.WriteLine("backfill: " + backfill);
        var range = await client.GetFromJsonAsync<JsonElement>("/sessions?from=2023-01-01&to=2026-08-14");
        var byReason = range.GetProperty("quarantinedByReason").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        TestContext.Out.WriteLine($"sessions {range.GetProperty("sessions")}, loaded {range.GetProperty("loaded")}, missing {range.GetProperty("missing")}, rejected {range.GetProperty("rejected")}, rows {range.GetProperty("rows")}");
        TestContext.Out.WriteLine("quarantined by reason: " + string.Join(", ", byReason.Select(kv => $"{kv.Key} {kv.Value}")));
        foreach (var s in range.GetProperty("splitSuspects").EnumerateArray())
        {
            TestContext.Out.WriteLine($"split suspect {s.GetProperty("ticker")} {s.GetProperty("exDate")} {s.GetProperty("ratio")} observed {s.GetProperty("observedRatio").GetDouble():F3} dollar volume x{s.GetProperty("dollarVolumeRatio").GetDouble():F2}");
        }

        Assert.That((backfill.GetProperty("sessions").GetInt32(), backfill.GetProperty("missing").GetInt32(), backfill.GetProperty("rejected").GetInt32()), Is.EqualTo((907, 0, 0)));
        Assert.That((backfill.GetProperty("rows").GetInt32(), backfill.GetProperty("quarantined").GetInt32()), Is.EqualTo((610_384 - 1_731, 1_731)));
        Assert.That(range.GetProperty("missing").GetArrayLength(), Is.Zero);
        Assert.That(range.GetProperty("rows").GetInt64(), Is.EqualTo(610_384 - 1_731));
        Assert.That(byReason.Values.Sum(), Is.EqualTo(1_731));
    }
}
