using Dapper;
using Kapman.Ingestion.Core;
using Kapman.Ingestion.Data;
using Kapman.Ingestion.Loading;
using Kapman.MarketData.Calendar;
using Npgsql;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// A forced backfill over sessions already loaded with a smaller universe (new tickers added to a loaded range, as the full-data
/// demo after the sample demo) goes through the grouped writer's upsert (<see cref="SessionWriter.WriteGroupAsync"/> with
/// <see cref="SessionWrite.Stored"/>): it must end with exactly the rows and quarantine a backfill into an empty database stores,
/// count as new only the rows that were not stored, update a changed row, and change nothing when run again.
/// </summary>
public class PartlyLoadedBackfillTests
{
    private static readonly DateOnly From = new(2025, 7, 1);
    private static readonly DateOnly To = new(2025, 7, 31);
    private static readonly DateOnly Revised = new(2025, 7, 15);

    [Test]
    public async Task A_forced_reload_over_a_smaller_universe_stores_what_a_fresh_backfill_stores()
    {
        var sessions = NyseCalendar.Sessions(From, To).ToList();
        using var small = new TestFlatFiles();
        using var full = new TestFlatFiles();
        foreach (var day in sessions)
        {
            small.Write(day, [Bar("AAA", day, 10), Bar("BBB", day, 20)]);
            // BBB's close on the revised session differs from the small universe's file: the reload must update it.
            full.Write(day, [Bar("AAA", day, 10), Bar("BBB", day, 20, day == Revised ? 20.5 : 20), Bar("CCC", day, 30), Bar("DDD", day, 40),
                new DailyBar("EEE", day, 5, 5, 5, 5, 0, null)]);
        }

        await using var fresh = await ServiceTestDatabase.CreateAsync("market", typeof(BarStore).Assembly);
        var freshLoad = await BackfillAsync(fresh.DataSource, full.Root);
        await using var partly = await ServiceTestDatabase.CreateAsync("market", typeof(BarStore).Assembly);
        var smallLoad = await BackfillAsync(partly.DataSource, small.Root);
        var reload = await BackfillAsync(partly.DataSource, full.Root);
        var rerun = await BackfillAsync(partly.DataSource, full.Root);

        // 22 NYSE sessions in July 2025 (the 4th is closed): 4 good tickers each, EEE quarantined for its zero volume.
        Assert.That(sessions, Has.Count.EqualTo(22));
        Assert.That((smallLoad.Rows, smallLoad.Inserted), Is.EqualTo((44, 44)));
        Assert.That((reload.Sessions, reload.Rows, reload.Inserted, reload.Quarantined), Is.EqualTo((22, 88, 44, 22)), "only CCC and DDD are new");
        Assert.That((rerun.Rows, rerun.Inserted, rerun.Quarantined), Is.EqualTo((88, 0, 22)), "a rerun adds nothing");
        Assert.That(freshLoad.Inserted, Is.EqualTo(88));
        Assert.That(await BarsAsync(partly.DataSource), Is.EqualTo(await BarsAsync(fresh.DataSource)).And.Count.EqualTo(88));
        Assert.That(await QuarantineAsync(partly.DataSource), Is.EqualTo(await QuarantineAsync(fresh.DataSource)).And.Count.EqualTo(22));
        Assert.That(await QuarantineAsync(partly.DataSource), Has.All.Matches<(DateOnly, int, string, string)>(q => q.Item3 == "EEE" && q.Item4 == QuarantineReasons.ZeroVolume));
        await using var connection = await partly.DataSource.OpenConnectionAsync();
        Assert.That(await connection.ExecuteScalarAsync<double>("SELECT close FROM daily_bars WHERE ticker = 'BBB' AND session_date = @Revised", new { Revised }), Is.EqualTo(20.5));
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM ingestion_runs WHERE status = 'loaded'"), Is.EqualTo(3 * 22),
            "one loaded run per session and backfill");
        Assert.That(await connection.QueryAsync<(string, DateOnly, DateOnly)>("SELECT ticker, first_session, last_session FROM tickers ORDER BY ticker"),
            Is.EqualTo(new[] { "AAA", "BBB", "CCC", "DDD" }.Select(t => (t, sessions[0], sessions[^1]))));
    }

    private static DailyBar Bar(string ticker, DateOnly day, double price, double? close = null) =>
        new(ticker, day, price, price * 1.1, price * 0.9, close ?? price, 1_000, 10);

    // Forced, as the synchronous POST /backfill and the demo ask.
    private static Task<Apis.BackfillResponse> BackfillAsync(NpgsqlDataSource dataSource, string root) =>
        DirectBackfill.RunAsync(dataSource, root, new BackfillPlan(From, To, Force: true));

    private static async Task<List<(string, DateOnly, double, double, double, double, long, long?)>> BarsAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<(string, DateOnly, double, double, double, double, long, long?)>(
            "SELECT ticker, session_date, open, high, low, close, volume, transactions FROM daily_bars ORDER BY ticker, session_date")];
    }

    private static async Task<List<(DateOnly, int, string, string)>> QuarantineAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<(DateOnly, int, string, string)>(
            "SELECT session_date, line_number, ticker, reason FROM quarantined_rows ORDER BY session_date, line_number")];
    }
}
