namespace Kapman.Wyckoff.Replay;

/// <summary>
/// <c>POST /replay</c> body: re-sends the stored <paramref name="Event"/> events of sessions
/// <paramref name="From"/>..<paramref name="To"/> (inclusive) to this service's own consumer.
/// </summary>
/// <param name="Event">Only <c>IndicatorsComputed</c> is replayable here.</param>
/// <param name="From">First session date, in <see cref="FirstYear"/>..<see cref="LastYear"/>.</param>
/// <param name="To">Last session date, not before <paramref name="From"/> and at most <see cref="MaxDays"/> days after it.</param>
public sealed record ReplayRequest(string? Event, DateOnly From, DateOnly To)
{
    /// <summary>The one event this service consumes.</summary>
    public const string IndicatorsComputed = "IndicatorsComputed";

    /// <summary>Longest range in calendar days (as the ingestion range APIs): every session in it is one message to analyse the whole market.</summary>
    public const int MaxDays = 3660;

    /// <summary>First year of the NYSE calendar the suite knows (sessions outside it fail downstream and end in <c>_error</c>).</summary>
    public const int FirstYear = 1998;

    /// <summary>Last year of the NYSE calendar the suite knows.</summary>
    public const int LastYear = 2099;

    /// <summary>Why the request cannot run, or null when it can (a missing date reads as 0001-01-01 and is outside the years).</summary>
    public string? Problem() =>
        Event != IndicatorsComputed ? $"event must be '{IndicatorsComputed}', not '{Event}'."
        : From.Year is < FirstYear or > LastYear || To.Year is < FirstYear or > LastYear ? $"from and to (yyyy-MM-dd) are required, within {FirstYear}..{LastYear}."
        : From > To ? "from must not be after to."
        : To.DayNumber - From.DayNumber > MaxDays ? $"from and to must be at most {MaxDays} days apart."
        : null;
}
