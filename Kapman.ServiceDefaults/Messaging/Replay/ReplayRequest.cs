using Kapman.Contracts.Replay;

namespace Kapman.ServiceDefaults.Messaging.Replay;

/// <summary>
/// <c>POST /replay</c> body: re-send the stored <paramref name="Event"/> events of sessions <paramref name="From"/>..<paramref name="To"/>
/// (inclusive) that this service published to the one consumer <paramref name="Endpoint"/>.
/// </summary>
/// <param name="Event">The event type name, e.g. <c>MarketSessionIngested</c> (<see cref="ReplayCatalogue.Events"/>).</param>
/// <param name="From">First session date, in <see cref="FirstYear"/>..<see cref="LastYear"/>.</param>
/// <param name="To">Last session date, not before <paramref name="From"/> and at most <see cref="MaxDays"/> days after it.</param>
/// <param name="Endpoint">
/// The consumer's queue (<c>wyckoff-market-session-ingested</c>) or its service when only one of its endpoints consumes the event
/// (<c>wyckoff</c>); see <see cref="ReplayCatalogue.Resolve"/>.
/// </param>
public sealed record ReplayRequest(string? Event, DateOnly From, DateOnly To, string? Endpoint)
{
    /// <summary>Longest range in calendar days (as the ingestion range APIs): ten years of sessions.</summary>
    public const int MaxDays = 3660;

    /// <summary>First year of the NYSE calendar the suite knows (sessions outside it fail downstream and end in <c>_error</c>).</summary>
    public const int FirstYear = 1998;

    /// <summary>Last year of the NYSE calendar the suite knows.</summary>
    public const int LastYear = 2099;

    /// <summary>
    /// The route to replay on when this request is valid for a service whose events are <paramref name="producer"/>'s;
    /// otherwise the reason (an unknown event or endpoint, an event another service stores, a missing date, a year outside
    /// the calendar, from after to, a range over <see cref="MaxDays"/> days). A missing date reads as 0001-01-01.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="producer"/> is null.</exception>
    public ReplayResolution Resolve(EventProducer producer)
    {
        ArgumentNullException.ThrowIfNull(producer);
        var resolved = ReplayCatalogue.Resolve(Event, Endpoint);
        var problem = resolved.Route is not { } route ? resolved.Problem
            : route.Producer != producer.Service ? $"{route.Event} is stored by the {route.Producer} service, not {producer.Service}: ask it (POST /api/{route.Producer}/replay)."
            : From.Year is < FirstYear or > LastYear || To.Year is < FirstYear or > LastYear ? $"from and to (yyyy-MM-dd) are required, within {FirstYear}..{LastYear}."
            : From > To ? "from must not be after to."
            : To.DayNumber - From.DayNumber > MaxDays ? $"from and to must be at most {MaxDays} days apart."
            : null;
        return problem is null ? resolved : new ReplayResolution(null, problem);
    }
}
