using Kapman.Ingestion.Core;
using Kapman.Ingestion.Core.CorporateActions;
using Kapman.Ingestion.Data;
using Kapman.MarketData.Calendar;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// The ordinary-volume test of a split suspect uses the medians of the ticker's last <see cref="SplitDetector.VolumeLookback"/>
/// stored bars, however far back they go, not only the bars of the last that many sessions.
/// </summary>
public class SplitVolumeHistoryTests
{
    private static readonly DateOnly ExDate = new(2025, 8, 11);

    [Test]
    public async Task A_ticker_that_trades_every_other_session_is_judged_on_its_last_twenty_bars()
    {
        await using var db = await ServiceTestDatabase.CreateAsync("market", typeof(BarStore).Assembly);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        // 40 sessions back, a bar every other session: the 10 bars of the last 20 sessions trade $100M a day, the 10 before
        // them $700M. Median of the last 20 bars: $400M, so the ex-date's $707M is ordinary (1.77x); over the last 20
        // sessions alone the median would be $100M and 7.07x would read as a burst, not a split.
        var sessions = new List<DateOnly>();
        for (var day = NyseCalendar.PreviousSession(ExDate); sessions.Count < 40; day = NyseCalendar.PreviousSession(day))
        {
            sessions.Add(day);
        }

        var bars = sessions.Where((_, i) => i % 2 == 0)
            .Select((day, i) => new DailyBar("GAP", day, 700, 705, 695, 700, i < 10 ? 142_857 : 1_000_000, null)).ToList();
        await SessionWriter.EnsurePartitionsAsync(connection, sessions.Append(ExDate), CancellationToken.None);
        await using (var tx = await connection.BeginTransactionAsync())
        {
            await BarStore.CopyAsync(connection, "daily_bars", bars.OrderBy(b => b.SessionDate), CancellationToken.None);
            await tx.CommitAsync();
        }

        await using var find = await connection.BeginTransactionAsync();
        var suspects = await SplitFactorStore.FindAsync(connection, find, ExDate, [new DailyBar("GAP", ExDate, 100, 102, 99, 101, 7_000_000, null)],
            new Dictionary<string, double> { ["GAP"] = 700 }, CancellationToken.None);

        Assert.That(suspects.Select(s => (s.Ticker, s.ExDate, s.Factor)), Is.EqualTo(new[] { ("GAP", ExDate, 7.0) }));
        Assert.That(suspects[0].DollarVolumeRatio, Is.EqualTo(707_000_000 / ((99_999_900 + 700_000_000) / 2.0)).Within(1e-9));
    }
}
