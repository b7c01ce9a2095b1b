using System.Globalization;
using Kapman.Contracts.Replay;

namespace Kapman.ServiceDefaults.Messaging.Replay;

/// <summary>
/// <c>POST /replay</c> body: re-send the stored <paramref name="Event"/> events of sessions <paramref name="From"/>..<paramref name="To"/>
/// (inclusive) that this service published to the one consumer <paramref name="Endpoint"/>. Dates are read here, not by the JSON
/// binder, so a malformed one is a problem that says so rather than a bare 400.
/// </summary>
/// <param name="Event">The event type name, e.g. <c>MarketSessionIngested</c> (<see cref="ReplayCatalogue.Events"/>).</param>
/// <param name="From">First session date, yyyy-MM-dd, in <see cref="FirstYear"/>..<see cref="LastYear"/>.</param>
/// <param name="To">Last session date, yyyy-MM-dd, not before <paramref name="From"/> and at most <see cref="MaxDays"/> days after it.</param>
/// <param name="Endpoint">
/// The consumer's queue (<c>wyckoff-market-session-ingested</c>) or its service when only one of its endpoints consumes the event
/// (<c>wyckoff</c>); see <see cref="ReplayCatalogue.Resolve"/>.
/// </param>
public sealed record ReplayRequest(string? Event, string? From, string? To, string? Endpoint)
{
    /// <summary>Longest range in calendar days (as the ingestion range APIs): ten years of sessions.</summary>
    public const int MaxDays = 3660;

    /// <summary>First year of the NYSE calendar the suite knows (sessions outside it fail downstream and end in <c>_error</c>).</summary>
    public const int FirstYear = 1998;

    /// <summary>Last year of the NYSE calendar the suite knows.</summary>
    public const int LastYear = 2099;

    /// <summary>
    /// The replay this request asks of a service whose events are <paramref name="producer"/>'s, or null and the reason: an
    /// unknown event or endpoint (<see cref="ReplayCatalogue.Resolve"/>), an event another service stores, a missing or
    /// malformed date or one outside the calendar's years, from after to, a range over <see cref="MaxDays"/> days.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="producer"/> is null.</exception>
    public (ReplayPlan? Plan, string? Problem) Plan(EventProducer producer)
    {
        ArgumentNullException.ThrowIfNull(producer);
        var resolved = ReplayCatalogue.Resolve(Event, Endpoint);
        if (resolved.Route is not { } route)
        {
            return (null, resolved.Problem);
        }

        if (route.Producer != producer.Service)
        {
            return (null, $"{route.Event} is stored by the {route.Producer} service, not {producer.Service}: ask it (POST /api/{route.Producer}/replay).");
        }

        if (Day(From) is not { } from || Day(To) is not { } to)
        {
            return (null, $"from and to (yyyy-MM-dd) are required, within {FirstYear}..{LastYear}.");
        }

        var problem = from > to ? "from must not be after to."
            : to.DayNumber - from.DayNumber > MaxDays ? $"from and to must be at most {MaxDays} days apart."
            : null;
        return problem is null ? (new ReplayPlan(route, from, to), null) : (null, problem);
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= FirstYear and <= LastYear
            ? day
            : null;
}
