using Dapper;
using Kapman.Ingestion.Core;
using Kapman.Ingestion.Data;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// A backfill writes session groups on two connections at once (<see cref="SessionWriter.WriteGroupAsync"/>): a group
/// COPYs its bars, then waits for the group before it to commit before it finishes, so groups commit in date order and
/// each sees the bars of every earlier group.
/// </summary>
public class GroupCommitOrderTests
{
    private static readonly DateOnly[] History = [new(2025, 8, 4), new(2025, 8, 5), new(2025, 8, 6), new(2025, 8, 7), new(2025, 8, 8)];
    private static readonly DateOnly SplitDay = new(2025, 8, 11);

    [Test]
    public async Task A_later_group_commits_after_the_earlier_one_and_sees_its_history()
    {
        await using var db = await ServiceTestDatabase.CreateAsync("market", typeof(BarStore).Assembly);
        await using var first = await db.DataSource.OpenConnectionAsync();
        await using var second = await db.DataSource.OpenConnectionAsync();
        await SessionWriter.EnsurePartitionsAsync(first, [.. History, SplitDay], CancellationToken.None);
        var release = new TaskCompletionSource();

        var earlier = SessionWriter.WriteGroupAsync(first, [.. History.Select(HistoryWrite)], release.Task, DateTimeOffset.UtcNow, TimeProvider.System, CancellationToken.None);
        var later = SessionWriter.WriteGroupAsync(second, [SplitWrite()], earlier, DateTimeOffset.UtcNow, TimeProvider.System, CancellationToken.None);
        await Task.Delay(500);
        await using var reader = await db.DataSource.OpenConnectionAsync();
        var visibleBeforeRelease = await reader.ExecuteScalarAsync<long>("SELECT count(*) FROM daily_bars");
        var laterDoneBeforeRelease = later.IsCompleted;
        release.SetResult();
        await later;

        Assert.That(laterDoneBeforeRelease, Is.False, "the later group waits for the earlier one to commit");
        Assert.That(visibleBeforeRelease, Is.Zero, "nothing is visible before the first group commits");
        Assert.That(await reader.QueryAsync<DateOnly>("SELECT session_date FROM ingestion_runs ORDER BY id"), Is.EqualTo(History.Append(SplitDay)),
            "run records are written in date order");
        // 700 -> 100 overnight on ordinary dollar volume is 7:1 only against the 5 sessions of history the earlier group stored.
        var split = await reader.QuerySingleAsync<(string Ticker, DateOnly ExDate, double Factor)>("SELECT ticker, ex_date, factor FROM split_factors");
        Assert.That(split, Is.EqualTo(("SPLT", SplitDay, 7.0)));
    }

    [Test]
    public async Task A_failed_group_fails_every_later_group_and_stores_nothing()
    {
        await using var db = await ServiceTestDatabase.CreateAsync("market", typeof(BarStore).Assembly);
        await using var first = await db.DataSource.OpenConnectionAsync();
        await using var second = await db.DataSource.OpenConnectionAsync();
        await SessionWriter.EnsurePartitionsAsync(first, [.. History, SplitDay], CancellationToken.None);
        var failedBefore = Task.FromException(new InvalidOperationException("an earlier group failed"));

        var earlier = SessionWriter.WriteGroupAsync(first, [.. History.Select(HistoryWrite)], failedBefore, DateTimeOffset.UtcNow, TimeProvider.System, CancellationToken.None);
        var later = SessionWriter.WriteGroupAsync(second, [SplitWrite()], earlier, DateTimeOffset.UtcNow, TimeProvider.System, CancellationToken.None);

        Assert.ThrowsAsync<InvalidOperationException>(async () => await earlier);
        Assert.ThrowsAsync<InvalidOperationException>(async () => await later);
        await using var reader = await db.DataSource.OpenConnectionAsync();
        Assert.That(await reader.ExecuteScalarAsync<long>("SELECT (SELECT count(*) FROM daily_bars) + (SELECT count(*) FROM ingestion_runs) + (SELECT count(*) FROM tickers)"), Is.Zero);
    }

    private static SessionWrite HistoryWrite(DateOnly day) =>
        Write(day, new DailyBar("SPLT", day, 700, 705, 695, 700, 1_000_000, null), null);

    // The ex-date: previous close 700, open 100, close 101, dollar volume 707,000,000 against a median of 700,000,000.
    private static SessionWrite SplitWrite() =>
        Write(SplitDay, new DailyBar("SPLT", SplitDay, 100, 102, 99, 101, 7_000_000, null), new Dictionary<string, double> { ["SPLT"] = 700 });

    private static SessionWrite Write(DateOnly day, DailyBar bar, IReadOnlyDictionary<string, double>? previousCloses) =>
        new(new SessionFileParseResult(day, [bar], []), "test", previousCloses);
}
