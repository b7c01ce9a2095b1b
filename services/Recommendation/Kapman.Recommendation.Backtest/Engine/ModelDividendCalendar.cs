using Kapman.Recommendation.Decision.Inputs;

namespace Kapman.Recommendation.Backtest.Engine;

/// <summary>
/// The corporate-actions source of the backtest (docs/domain/decision-engine.md#corporate-events-in-the-backtest). SPY, an ETF,
/// has no earnings; its ex-dividend dates in 2010-2020 fell on the third Friday of March, June, September and December (the trust's
/// quarterly distribution schedule, State Street's SPY distribution history). No dividend amounts are stored, so each amount is
/// MODELLED as spot × q / 4 with the run's dividend yield q, and the source says so. Any other underlying gets no source (null), so
/// stage G fails closed for credit structures (seed 003 §11 R9).
/// </summary>
public static class ModelDividendCalendar
{
    /// <summary>The source name written to the trail and the report.</summary>
    public const string SourceName = "model: SPY quarterly ex-dividend on the 3rd Friday of Mar/Jun/Sep/Dec, amount spot*q/4";

    /// <summary>The calendar for <paramref name="underlying"/> seen on <paramref name="today"/>, events up to a year ahead.</summary>
    public static CorporateCalendar? For(string underlying, DateOnly today, double spot, double dividendYield)
    {
        if (!string.Equals(underlying, "SPY", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var amount = spot * dividendYield / 4d;
        var events = new List<CorporateEvent>();
        for (var month = new DateOnly(today.Year, today.Month, 1); month <= today.AddYears(1); month = month.AddMonths(1))
        {
            if (month.Month % 3 == 0)
            {
                var exDate = ThirdFriday(month.Year, month.Month);
                if (exDate >= today)
                {
                    events.Add(new CorporateEvent(CorporateEventKind.ExDividend, exDate, amount));
                }
            }
        }

        return new CorporateCalendar(SourceName, events);
    }

    private static DateOnly ThirdFriday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays((((int)DayOfWeek.Friday - (int)first.DayOfWeek + 7) % 7) + 14);
    }
}
