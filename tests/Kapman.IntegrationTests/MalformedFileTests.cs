using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace Kapman.IntegrationTests;

/// <summary>Bad rows are quarantined with their reason and the good ones kept; an unreadable file loads nothing.</summary>
public class MalformedFileTests
{
    [Test]
    public async Task Malformed_session_keeps_good_rows_and_quarantines_each_bad_row_with_its_reason()
    {
        var backfill = await Suite.Gateway.PostAsJsonAsync("/api/ingestion/backfill", new { from = "2025-09-02", to = "2025-09-02" });
        Assert.That(backfill.IsSuccessStatusCode, Is.True, await backfill.Content.ReadAsStringAsync());

        var report = await Suite.Gateway.GetFromJsonAsync<JsonElement>("/api/ingestion/sessions/2025-09-02/report");
        var reasons = report.GetProperty("quarantinedByReason").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());

        Assert.That(report.GetProperty("rows").GetInt32(), Is.EqualTo(2));
        Assert.That(reasons, Is.EquivalentTo(new Dictionary<string, int>
        {
            ["NOT_A_NUMBER"] = 1, ["NON_POSITIVE_PRICE"] = 1, ["OHLC_INVARIANT"] = 1, ["DUPLICATE_TICKER"] = 2, ["SESSION_MISMATCH"] = 1,
        }));
        await using var connection = await Suite.Db.OpenConnectionAsync();
        var stored = await connection.QueryAsync<string>("SELECT ticker FROM market.daily_bars WHERE session_date = '2025-09-02' ORDER BY ticker");
        Assert.That(stored, Is.EqualTo(new[] { "QQQ", "SPY" }));
        var raw = await connection.QueryAsync<string>("SELECT raw_line FROM market.quarantined_rows WHERE session_date = '2025-09-02' ORDER BY line_number");
        Assert.That(raw, Is.EqualTo(TestData.MalformedRows[2..]), "every rejected line is kept verbatim");
    }

    [Test]
    public async Task Truncated_gzip_is_rejected_whole_and_leaves_no_rows()
    {
        var backfill = await Suite.Gateway.PostAsJsonAsync("/api/ingestion/backfill", new { from = "2025-09-03", to = "2025-09-03" });
        var result = await backfill.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(result.GetProperty("rejected").GetInt32(), Is.EqualTo(1), result.ToString());
        Assert.That(await Suite.CountAsync("SELECT count(*) FROM market.daily_bars WHERE session_date = '2025-09-03'"), Is.Zero);
        Assert.That(await Suite.CountAsync("SELECT count(*) FROM market.ingestion_runs WHERE session_date = '2025-09-03' AND status = 'rejected'"), Is.GreaterThanOrEqualTo(1));
    }
}
