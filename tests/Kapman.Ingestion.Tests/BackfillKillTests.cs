using Dapper;
using Npgsql;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// kill -9 of the ingestion service in the middle of a backfill of the whole shared set (907 sessions, 610,384 rows of
/// which 1,731 are bad, per the data set's README), then a restart and the same backfill again: it resumes, and the
/// database ends with exactly the expected rows, no duplicates and no partial session.
/// </summary>
[NonParallelizable]
public class BackfillKillTests
{
    private const int GoodRows = 610_384 - 1_731;

    [Test]
    public async Task Backfill_killed_mid_way_resumes_after_restart_with_exact_rows_and_no_duplicates()
    {
        var dataRoot = Path.GetDirectoryName(RepoFiles.SharedData("flatfiles"))!;
        await using var service = await IngestionProcess.CreateAsync(new Dictionary<string, string> { ["Kapman__Data__Root"] = dataRoot });

        var job = await BackfillJobClient.StartAsync(service.Client, "2023-01-01", "2026-08-14");
        var before = await BackfillJobClient.WaitAsync(service.Client, job, s => BackfillJobClient.Done(s) >= 60 || BackfillJobClient.Ended(s), TimeSpan.FromMinutes(3));
        service.Kill();
        Assert.That(before.GetProperty("state").GetString(), Is.EqualTo("running"), "killed while running: " + before);

        await using (var db = new NpgsqlConnection(service.ConnectionString))
        {
            var loaded = await db.ExecuteScalarAsync<long>("SELECT count(*) FROM market.ingestion_runs WHERE status = 'loaded'");
            TestContext.Out.WriteLine($"killed after {loaded} committed sessions (last poll: {BackfillJobClient.Done(before)})");
            Assert.That(loaded, Is.InRange(60, 906), "the kill happened mid-way");
            Assert.That(await PartialSessionsAsync(db), Is.Zero, "every committed session is whole");
        }

        await service.StartAsync();
        var resumed = await BackfillJobClient.StartAsync(service.Client, "2023-01-01", "2026-08-14");
        var done = await BackfillJobClient.WaitAsync(service.Client, resumed, BackfillJobClient.Ended, TimeSpan.FromMinutes(10));
        TestContext.Out.WriteLine("resumed job: " + done);

        Assert.That(done.GetProperty("state").GetString(), Is.EqualTo("succeeded"), done.ToString());
        Assert.That(done.GetProperty("sessionsSkipped").GetInt32() + done.GetProperty("loaded").GetInt32(), Is.EqualTo(907));
        Assert.That(done.GetProperty("sessionsSkipped").GetInt32(), Is.GreaterThanOrEqualTo(60), "sessions committed before the kill were not loaded again");
        await using var check = new NpgsqlConnection(service.ConnectionString);
        var (rows, distinct) = await check.QuerySingleAsync<(long, long)>("SELECT count(*), count(DISTINCT (ticker, session_date)) FROM market.daily_bars");
        Assert.That((rows, distinct), Is.EqualTo(((long)GoodRows, (long)GoodRows)));
        Assert.That(await check.ExecuteScalarAsync<long>("SELECT count(*) FROM market.quarantined_rows"), Is.EqualTo(1_731));
        Assert.That(await check.ExecuteScalarAsync<long>("SELECT count(DISTINCT session_date) FROM market.ingestion_runs WHERE status = 'loaded'"), Is.EqualTo(907));
        Assert.That(await PartialSessionsAsync(check), Is.Zero);
    }

    /// <summary>Sessions whose stored row count differs from what their loaded run recorded.</summary>
    internal static Task<long> PartialSessionsAsync(NpgsqlConnection db) => db.ExecuteScalarAsync<long>(
        """
        SELECT count(*) FROM market.ingestion_runs r
        LEFT JOIN (SELECT session_date, count(*) AS n FROM market.daily_bars GROUP BY session_date) b USING (session_date)
        WHERE r.status = 'loaded' AND coalesce(b.n, 0) <> r.rows_loaded
        """);
}
