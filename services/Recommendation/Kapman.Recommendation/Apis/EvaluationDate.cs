using System.Globalization;

namespace Kapman.Recommendation.Apis;

/// <summary>The check of <c>POST /recommendations/evaluate?asOf=D</c>'s date.</summary>
public static class EvaluationDate
{
    /// <summary>First year the suite has sessions for (the NYSE calendar's first year).</summary>
    public const int FirstYear = 1998;

    /// <summary>
    /// Why <paramref name="asOf"/> cannot be evaluated, or null when it can: before <see cref="FirstYear"/>, or after
    /// <paramref name="today"/>, which would close every open call's window on bars that do not exist yet and store it as final.
    /// </summary>
    public static string? Problem(DateOnly asOf, DateOnly today) =>
        asOf.Year < FirstYear
            ? string.Create(CultureInfo.InvariantCulture, $"asOf {asOf:yyyy-MM-dd} is before {FirstYear}.")
            : asOf > today
                ? string.Create(CultureInfo.InvariantCulture, $"asOf {asOf:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}): outcomes cannot be scored on bars that do not exist yet.")
                : null;
}
