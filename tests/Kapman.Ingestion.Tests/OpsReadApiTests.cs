using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// The reads the Ops page makes on every view, through the service: the recent runs (read in two queries, so each run must still get
/// exactly its own stages in stage order) and the newest run's quarantined rows with that run's session.
/// </summary>
public class OpsReadApiTests
{
    [Test]
    public async Task Recent_runs_carry_their_own_stages_and_the_latest_quarantine_is_the_newest_runs_session()
    {
        using var files = new TestFlatFiles();
        await using var host = await IngestionTestHost.StartAsync(files.Root);
        using var client = host.Client();
        var noRun = await client.GetAsync("/sessions/latest/quarantine");

        await using (var connection = await host.OpenAsync())
        {
            // Three runs created in this order; the newest is for an OLDER session (a rerun), which the page must still pick.
            await connection.ExecuteAsync(
                """
                INSERT INTO market.pipeline_runs (run_id, session_date, scope, created_at) VALUES
                    ('00000000-0000-0000-0000-00000000000a', '2025-08-22', 'all', '2025-08-25 10:00Z'),
                    ('00000000-0000-0000-0000-00000000000b', '2025-08-26', 'all', '2025-08-27 10:00Z'),
                    ('00000000-0000-0000-0000-00000000000c', '2025-08-25', 'all', '2025-08-28 10:00Z');
                INSERT INTO market.pipeline_stages (run_id, stage, ordinal, status, item_count) VALUES
                    ('00000000-0000-0000-0000-00000000000a', 'metrics', 1, 'succeeded', 11),
                    ('00000000-0000-0000-0000-00000000000a', 'ingestion', 0, 'succeeded', 10),
                    ('00000000-0000-0000-0000-00000000000b', 'ingestion', 0, 'failed', 20),
                    ('00000000-0000-0000-0000-00000000000c', 'metrics', 1, 'running', NULL),
                    ('00000000-0000-0000-0000-00000000000c', 'ingestion', 0, 'succeeded', 30);
                INSERT INTO market.quarantined_rows (session_date, line_number, ticker, reason, detail, raw_line, source) VALUES
                    ('2025-08-25', 9, 'BBB', 'ZERO_VOLUME', 'volume 0', 'BBB,0', 'f'),
                    ('2025-08-25', 4, 'AAA', 'OHLC_INVARIANT', 'high < low', 'AAA,1', 'f'),
                    ('2025-08-26', 2, 'CCC', 'BAD_TICKER', 'bad', 'CCC,1', 'f');
                """);
        }

        var runs = await client.GetFromJsonAsync<JsonElement>("/pipeline/runs?limit=2");
        var latest = await client.GetFromJsonAsync<JsonElement>("/sessions/latest/quarantine");

        Assert.That(noRun.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "no run yet: no session to show");
        var byRun = runs.EnumerateArray().Select(r => (
            Session: r.GetProperty("sessionDate").GetString(),
            Status: r.GetProperty("status").GetString(),
            Stages: string.Join(",", r.GetProperty("stages").EnumerateArray().Select(s => $"{s.GetProperty("stage").GetString()}:{s.GetProperty("status").GetString()}"))));
        Assert.That(byRun, Is.EqualTo(new[]
        {
            ("2025-08-25", "running", "ingestion:succeeded,metrics:running"),
            ("2025-08-26", "failed", "ingestion:failed"),
        }), "newest first, two of three, each with its own stages in stage order");
        Assert.That(latest.GetProperty("sessionDate").GetString(), Is.EqualTo("2025-08-25"), "the newest run's session, not the newest session");
        Assert.That(latest.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("lineNumber").GetInt32(), r.GetProperty("ticker").GetString())),
            Is.EqualTo(new[] { (4, "AAA"), (9, "BBB") }), "that session's rows only, by line number");
    }
}
