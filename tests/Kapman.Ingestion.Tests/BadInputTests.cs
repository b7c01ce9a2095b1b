using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Kapman.Ingestion.Core;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// Bad input through the service: one row of every quarantine reason is stored with its code, line and raw text while
/// the good rows load; files that cannot be read at all (truncated gzip, wrong header, zero bytes, header only, not gzip) are
/// rejected whole and leave no rows.
/// </summary>
public class BadInputTests
{
    private static readonly DateOnly BadRows = new(2025, 9, 2);
    private static readonly DateOnly Truncated = new(2025, 9, 3);
    private static readonly DateOnly WrongHeader = new(2025, 9, 4);
    private static readonly DateOnly Empty = new(2025, 9, 5);
    private static readonly DateOnly HeaderOnly = new(2025, 9, 8);
    private static readonly DateOnly NotGzip = new(2025, 9, 9);

    // 2025-09-02 00:00 America/New_York (EDT, UTC-4) = 2025-09-02T04:00Z = 1756785600 s.
    private const string Ns = "1756785600000000000";

    // 2025-09-03 00:00 America/New_York = 1756872000 s.
    private const string TruncatedNs = "1756872000000000000";

    /// <summary>The bad-rows file after its header (line 1): two good rows, then each bad row with the reason it must get.</summary>
    private static readonly (string Row, string? Reason)[] Rows =
    [
        ($"SPY,60000000,645.0,648.5,649.9,643.1,{Ns},100", null),
        ($"QQQ,40000000,570.0,572.0,573.5,568.2,{Ns},", null),
        ($"AAPL,abc,230.0,231.0,232.0,229.0,{Ns},", QuarantineReasons.NotANumber),
        ($"MSFT,1000,-505.0,506.0,507.0,504.0,{Ns},", QuarantineReasons.NonPositivePrice),
        ($"NVDA,1000,170.0,172.0,171.0,169.0,{Ns},", QuarantineReasons.OhlcInvariant),
        ($"AMD,1000,160.0,161.0,162.0,159.0,{Ns},", QuarantineReasons.DuplicateTicker),
        ($"AMD,2000,160.5,161.5,162.5,159.5,{Ns},", QuarantineReasons.DuplicateTicker),
        ("TSLA,1000,340.0,341.0,342.0,339.0,1756699200000000000,", QuarantineReasons.SessionMismatch),
        ($"$BAD,1000,10.0,10.5,11.0,9.5,{Ns},", QuarantineReasons.BadTicker),
        ("SHORT,1000,10.0,10.5,11.0", QuarantineReasons.MalformedRow),
        ($"NEG,-1,10.0,10.5,11.0,9.5,{Ns},", QuarantineReasons.NegativeVolume),
        ($"ZERO,0,10.0,10.0,10.0,10.0,{Ns},", QuarantineReasons.ZeroVolume),
    ];

    [Test]
    public async Task Every_reason_code_is_stored_with_its_row_and_unreadable_files_are_rejected_whole()
    {
        using var files = new TestFlatFiles();
        files.WriteRaw(BadRows, Encoding.ASCII.GetBytes(string.Join('\n', [SessionFileLayout.Header, .. Rows.Select(r => r.Row)]) + "\n"));
        WriteTruncated(files);
        files.WriteRaw(WrongHeader, Encoding.ASCII.GetBytes("ticker,open,close\nSPY,1,1\n"));
        File.WriteAllBytes(PathOf(files, Empty), []);
        files.WriteRaw(HeaderOnly, Encoding.ASCII.GetBytes(SessionFileLayout.Header + "\n"));
        await File.WriteAllTextAsync(PathOf(files, NotGzip), SessionFileLayout.Header + "\nSPY,1,1,1,1,1,1,1\n");
        await using var host = await IngestionTestHost.StartAsync(files.Root);
        using var client = host.Client();

        var backfill = await (await client.PostAsJsonAsync("/backfill", new { from = "2025-09-02", to = "2025-09-09" })).Content.ReadFromJsonAsync<JsonElement>();
        var quarantine = await client.GetFromJsonAsync<JsonElement>("/sessions/2025-09-02/quarantine");
        var range = await client.GetFromJsonAsync<JsonElement>("/sessions?from=2025-09-02&to=2025-09-09");

        TestContext.Out.WriteLine("backfill: " + backfill);
        var expectedBad = Rows.Select((r, i) => (Line: i + 2, r.Row, r.Reason)).Where(r => r.Reason is not null).ToList();
        Assert.That((backfill.GetProperty("sessions").GetInt32(), backfill.GetProperty("rejected").GetInt32(), backfill.GetProperty("rows").GetInt32()),
            Is.EqualTo((1, 5, 2)), "1 session loaded, 5 files rejected, 2 good rows");
        Assert.That(backfill.GetProperty("quarantined").GetInt32(), Is.EqualTo(expectedBad.Count));
        Assert.That(quarantine.EnumerateArray().Select(q => (q.GetProperty("lineNumber").GetInt32(), q.GetProperty("rawLine").GetString(), q.GetProperty("reason").GetString())),
            Is.EqualTo(expectedBad.Select(r => (r.Line, (string?)r.Row, r.Reason))));
        Assert.That(quarantine.EnumerateArray().Select(q => q.GetProperty("detail").GetString()), Has.All.Not.Empty);

        var rejected = range.GetProperty("rejected").EnumerateArray().ToDictionary(r => r.GetProperty("sessionDate").GetString()!, r => r.GetProperty("error").GetString());
        Assert.That(rejected.Keys, Is.EquivalentTo(new[] { "2025-09-03", "2025-09-04", "2025-09-05", "2025-09-08", "2025-09-09" }));
        Assert.Multiple(() =>
        {
            Assert.That(rejected["2025-09-03"], Does.Contain("truncated"));
            Assert.That(rejected["2025-09-04"], Does.Contain("Header is 'ticker,open,close'"));
            Assert.That(rejected["2025-09-05"], Does.Contain("0 bytes"));
            Assert.That(rejected["2025-09-08"], Does.Contain("no rows"));
            Assert.That(rejected["2025-09-09"], Does.Contain("gzip"));
        });
        Assert.That(range.GetProperty("quarantinedByReason").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()),
            Is.EquivalentTo(expectedBad.GroupBy(r => r.Reason!).ToDictionary(g => g.Key, g => g.Count())));

        await using var db = await host.OpenAsync();
        Assert.That(await db.QueryAsync<string>("SELECT ticker FROM market.daily_bars ORDER BY ticker"), Is.EqualTo(new[] { "QQQ", "SPY" }));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT count(*) FROM market.quarantined_rows WHERE session_date <> '2025-09-02'"), Is.Zero,
            "a file rejected whole leaves no quarantined rows either");
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT count(DISTINCT session_date) FROM market.ingestion_runs WHERE status = 'rejected'"), Is.EqualTo(5));
    }

    /// <summary>
    /// 2025-09-03: 2,000 good rows gzipped, then cut in half. GZipStream reads the first half without an error, so were
    /// truncation not detected about a thousand rows would load.
    /// </summary>
    private static void WriteTruncated(TestFlatFiles files)
    {
        var text = new StringBuilder(SessionFileLayout.Header).Append('\n');
        for (var i = 0; i < 2_000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"T{i:D4},1000,10.0,10.5,11.0,9.5,{TruncatedNs},5\n");
        }

        files.WriteRaw(Truncated, Encoding.ASCII.GetBytes(text.ToString()));
        var path = PathOf(files, Truncated);
        var whole = File.ReadAllBytes(path);
        File.WriteAllBytes(path, whole[..(whole.Length / 2)]);
    }

    /// <summary>The session's file path under the test's data root, its folder created.</summary>
    private static string PathOf(TestFlatFiles files, DateOnly session)
    {
        var path = Path.Combine(files.Root, "flatfiles", SessionFileLayout.RelativePath(session));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
