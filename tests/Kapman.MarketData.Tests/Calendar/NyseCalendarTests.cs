using Kapman.MarketData.Calendar;

namespace Kapman.MarketData.Tests.Calendar;

/// <summary>
/// Expected values are NYSE's published holiday and early-close schedules (nyse.com "Holidays and Trading Hours"),
/// session counts per year as published, and Easter dates from the USNO/ecclesiastical tables.
/// </summary>
public class NyseCalendarTests
{
    private static readonly Dictionary<int, string[]> PublishedHolidays = new()
    {
        [2022] = ["2022-01-17", "2022-02-21", "2022-04-15", "2022-05-30", "2022-06-20", "2022-07-04", "2022-09-05", "2022-11-24", "2022-12-26"],
        [2023] = ["2023-01-02", "2023-01-16", "2023-02-20", "2023-04-07", "2023-05-29", "2023-06-19", "2023-07-04", "2023-09-04", "2023-11-23", "2023-12-25"],
        [2024] = ["2024-01-01", "2024-01-15", "2024-02-19", "2024-03-29", "2024-05-27", "2024-06-19", "2024-07-04", "2024-09-02", "2024-11-28", "2024-12-25"],
        [2025] = ["2025-01-01", "2025-01-09", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25"],
        [2026] = ["2026-01-01", "2026-01-19", "2026-02-16", "2026-04-03", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07", "2026-11-26", "2026-12-25"],
        [2027] = ["2027-01-01", "2027-01-18", "2027-02-15", "2027-03-26", "2027-05-31", "2027-06-18", "2027-07-05", "2027-09-06", "2027-11-25", "2027-12-24"],
    };

    [TestCase(2022)]
    [TestCase(2023)]
    [TestCase(2024)]
    [TestCase(2025)]
    [TestCase(2026)]
    [TestCase(2027)]
    public void Weekday_closures_match_the_published_schedule(int year)
    {
        var closed = new List<string>();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !NyseCalendar.IsSession(day))
            {
                closed.Add(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.That(closed, Is.EqualTo(PublishedHolidays[year]));
    }

    [TestCase(2018, 251)]
    [TestCase(2019, 252)]
    [TestCase(2021, 252)]
    [TestCase(2022, 251)]
    [TestCase(2023, 250)]
    [TestCase(2024, 252)]
    [TestCase(2025, 250)]
    public void Sessions_per_year_match_the_published_count(int year, int sessions) =>
        Assert.That(NyseCalendar.Sessions(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)).Count(), Is.EqualTo(sessions));

    [Test]
    public void New_year_on_a_saturday_is_not_observed_on_the_friday_before()
    {
        // 2022-01-01 was a Saturday: NYSE traded on Friday 2021-12-31.
        Assert.That(NyseCalendar.IsSession(new DateOnly(2021, 12, 31)), Is.True);
        Assert.That(NyseCalendar.ClosureName(new DateOnly(2022, 1, 3)), Is.Null);
    }

    [Test]
    public void Other_saturday_holidays_move_to_friday_and_sunday_holidays_to_monday()
    {
        Assert.That(NyseCalendar.ClosureName(new DateOnly(2021, 12, 24)), Is.EqualTo("Christmas Day"));
        Assert.That(NyseCalendar.ClosureName(new DateOnly(2021, 7, 5)), Is.EqualTo("Independence Day"));
        Assert.That(NyseCalendar.ClosureName(new DateOnly(2017, 1, 2)), Is.EqualTo("New Year's Day"));
    }

    [Test]
    public void Juneteenth_is_a_holiday_only_from_2022() =>
        Assert.That(NyseCalendar.IsSession(new DateOnly(2021, 6, 18)), Is.True, "2021-06-19 was a Saturday before NYSE adopted Juneteenth");

    [Test]
    public void Special_closures_are_closed_with_their_reason()
    {
        Assert.That(NyseCalendar.ClosureName(new DateOnly(2018, 12, 5)), Does.Contain("Bush"));
        Assert.That(NyseCalendar.ClosureName(new DateOnly(2025, 1, 9)), Does.Contain("Carter"));
        Assert.That(NyseCalendar.IsSession(new DateOnly(2012, 10, 29)), Is.False);
        Assert.That(SpecialClosures.All.All(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)), Is.True);
    }

    [TestCase("2023-07-03")]
    [TestCase("2023-11-24")]
    [TestCase("2024-07-03")]
    [TestCase("2024-11-29")]
    [TestCase("2024-12-24")]
    [TestCase("2025-07-03")]
    [TestCase("2025-11-28")]
    [TestCase("2025-12-24")]
    [TestCase("2026-11-27")]
    [TestCase("2026-12-24")]
    public void Published_early_closes_are_early_closes(string day) =>
        Assert.That(NyseCalendar.IsEarlyClose(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), Is.True);

    [Test]
    public void Early_closes_per_year_match_the_published_schedule()
    {
        // 2023: Dec 24 a Sunday. 2026: Jul 3 is the observed Independence Day, so only two early closes.
        int Count(int year) => NyseCalendar.Sessions(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)).Count(NyseCalendar.IsEarlyClose);
        Assert.That(new[] { Count(2023), Count(2024), Count(2025), Count(2026) }, Is.EqualTo(new[] { 2, 3, 3, 2 }));
    }

    [TestCase(2000, "2000-04-23")]
    [TestCase(2008, "2008-03-23")]
    [TestCase(2011, "2011-04-24")]
    [TestCase(2019, "2019-04-21")]
    [TestCase(2038, "2038-04-25")]
    [TestCase(2285, "2285-03-22")]
    public void Computus_gives_the_tabulated_easter(int year, string easter) =>
        Assert.That(NyseCalendar.EasterSunday(year), Is.EqualTo(DateOnly.Parse(easter, System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public void Previous_session_skips_weekends_and_holidays() =>
        Assert.That(NyseCalendar.PreviousSession(new DateOnly(2024, 4, 1)), Is.EqualTo(new DateOnly(2024, 3, 28)));

    [Test]
    public void Years_outside_the_rules_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NyseCalendar.IsSession(new DateOnly(1990, 3, 1)));
}
