using Kapman.MarketData.Calendar;

namespace Kapman.Recommendation.Backtest.ModelChain;

/// <summary>
/// The standard monthly expirations (docs/domain/decision-engine.md#model-priced-chains): the third Friday of each month, or the
/// session before it when that Friday is an exchange holiday (Good Friday; OCC rule for holiday expirations).
/// </summary>
public static class MonthlyExpirations
{
    /// <summary>The monthly expiration of <paramref name="year"/>-<paramref name="month"/>.</summary>
    public static DateOnly Of(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var firstFriday = first.AddDays(((int)DayOfWeek.Friday - (int)first.DayOfWeek + 7) % 7);
        var third = firstFriday.AddDays(14);
        return NyseCalendar.IsSession(third) ? third : NyseCalendar.PreviousSession(third);
    }

    /// <summary>The monthly expirations from <paramref name="from"/> through <paramref name="to"/>, ascending.</summary>
    public static IReadOnlyList<DateOnly> Between(DateOnly from, DateOnly to)
    {
        var result = new List<DateOnly>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var expiration = Of(month.Year, month.Month);
            if (expiration >= from && expiration <= to)
            {
                result.Add(expiration);
            }
        }

        return result;
    }
}
