using System.Globalization;
using Kapman.MarketData.Calendar;

namespace Kapman.Ingestion.Apis;

/// <summary>The checks every API that takes a session date applies before it starts work for that date.</summary>
public static class SessionDates
{
    /// <summary>
    /// Why <paramref name="session"/> cannot be worked on, or null when it can: its year lies outside the NYSE calendar
    /// (<see cref="NyseCalendar.FirstYear"/>..<see cref="NyseCalendar.LastYear"/>), or it is after <paramref name="today"/>
    /// (the New York date), so it has not traded and a file dated so is mis-dated.
    /// </summary>
    public static string? Problem(DateOnly session, DateOnly today) =>
        session.Year is < NyseCalendar.FirstYear or > NyseCalendar.LastYear
            ? string.Create(CultureInfo.InvariantCulture, $"{session:yyyy-MM-dd} is outside the NYSE calendar ({NyseCalendar.FirstYear}..{NyseCalendar.LastYear}).")
            : session > today
                ? string.Create(CultureInfo.InvariantCulture, $"{session:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}, New York): that session has not traded yet.")
                : null;
}
