namespace Kapman.MarketData.Calendar;

/// <summary>
/// The NYSE trading calendar, computed by rule (NYSE Rule 7.2 and the exchange's published holiday schedules):
/// weekends; New Year's Day, Martin Luther King Jr. Day (third Monday of January), Washington's Birthday (third
/// Monday of February), Good Friday (Gregorian computus), Memorial Day (last Monday of May), Juneteenth (from 2022),
/// Independence Day, Labor Day (first Monday of September), Thanksgiving (fourth Thursday of November) and
/// Christmas. A fixed-date holiday on a Saturday is observed the Friday before and on a Sunday the Monday after,
/// except New Year's Day on a Saturday, which is not observed (the Friday closes a fiscal year). Early closes
/// (13:00 New York) are the day before Independence Day, the day after Thanksgiving and Christmas Eve, when each is
/// a session. One-off closures are in <see cref="SpecialClosures"/>. Valid for <see cref="FirstYear"/>..<see cref="LastYear"/>.
/// </summary>
public static class NyseCalendar
{
    /// <summary>First year the rules describe (MLK Day has been an NYSE holiday since 1998).</summary>
    public const int FirstYear = 1998;

    /// <summary>Last year the rules are asserted for.</summary>
    public const int LastYear = 2099;

    /// <summary>True when the exchange holds a regular (full or early-close) session on <paramref name="day"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="FirstYear"/>..<see cref="LastYear"/>.</exception>
    public static bool IsSession(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && ClosureName(day) is null;

    /// <summary>
    /// Why a weekday is closed: the holiday's name (e.g. <c>Good Friday</c>) or the special closure's reason; null
    /// for a session and for weekends.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside <see cref="FirstYear"/>..<see cref="LastYear"/>.</exception>
    public static string? ClosureName(DateOnly day)
    {
        CheckYear(day.Year);
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return null;
        }

        return HolidayName(day) ?? SpecialClosures.Reason(day);
    }

    /// <summary>True when <paramref name="day"/> is a session that closes at 13:00 New York instead of 16:00.</summary>
    public static bool IsEarlyClose(DateOnly day)
    {
        if (!IsSession(day))
        {
            return false;
        }

        var thanksgiving = NthWeekday(day.Year, 11, DayOfWeek.Thursday, 4);
        return (day.Month == 7 && day.Day == 3) || (day.Month == 12 && day.Day == 24) || day == thanksgiving.AddDays(1);
    }

    /// <summary>The sessions in [<paramref name="from"/>, <paramref name="to"/>], in order.</summary>
    public static IEnumerable<DateOnly> Sessions(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (IsSession(day))
            {
                yield return day;
            }
        }
    }

    /// <summary>The last session strictly before <paramref name="day"/>.</summary>
    public static DateOnly PreviousSession(DateOnly day)
    {
        var previous = day.AddDays(-1);
        while (!IsSession(previous))
        {
            previous = previous.AddDays(-1);
        }

        return previous;
    }

    /// <summary>Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var dayOfMonth = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, dayOfMonth);
    }

    private static string? HolidayName(DateOnly day)
    {
        var year = day.Year;
        if (day == NewYearObserved(year))
        {
            return "New Year's Day";
        }

        if (day == NthWeekday(year, 1, DayOfWeek.Monday, 3))
        {
            return "Martin Luther King Jr. Day";
        }

        if (day == NthWeekday(year, 2, DayOfWeek.Monday, 3))
        {
            return "Washington's Birthday";
        }

        if (day == EasterSunday(year).AddDays(-2))
        {
            return "Good Friday";
        }

        if (day == LastWeekday(year, 5, DayOfWeek.Monday))
        {
            return "Memorial Day";
        }

        if (year >= 2022 && day == Observed(new DateOnly(year, 6, 19)))
        {
            return "Juneteenth National Independence Day";
        }

        if (day == Observed(new DateOnly(year, 7, 4)))
        {
            return "Independence Day";
        }

        if (day == NthWeekday(year, 9, DayOfWeek.Monday, 1))
        {
            return "Labor Day";
        }

        if (day == NthWeekday(year, 11, DayOfWeek.Thursday, 4))
        {
            return "Thanksgiving Day";
        }

        return day == Observed(new DateOnly(year, 12, 25)) ? "Christmas Day" : null;
    }

    /// <summary>New Year's Day of <paramref name="year"/> as observed: Sunday → Monday; Saturday → not observed (<see cref="DateOnly.MinValue"/>, which matches no day).</summary>
    private static DateOnly NewYearObserved(int year)
    {
        var day = new DateOnly(year, 1, 1);
        return day.DayOfWeek switch
        {
            DayOfWeek.Sunday => day.AddDays(1),
            DayOfWeek.Saturday => DateOnly.MinValue,
            _ => day,
        };
    }

    private static DateOnly Observed(DateOnly holiday) => holiday.DayOfWeek switch
    {
        DayOfWeek.Saturday => holiday.AddDays(-1),
        DayOfWeek.Sunday => holiday.AddDays(1),
        _ => holiday,
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.AddDays(-offset);
    }

    private static void CheckYear(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The NYSE calendar rules cover {FirstYear}..{LastYear}.");
        }
    }
}
