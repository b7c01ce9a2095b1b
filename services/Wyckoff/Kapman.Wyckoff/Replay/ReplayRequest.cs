namespace Kapman.Wyckoff.Replay;

/// <summary>
/// <c>POST /replay</c> body: re-sends the stored <paramref name="Event"/> events of sessions
/// <paramref name="From"/>..<paramref name="To"/> (inclusive) to this service's own consumer.
/// </summary>
/// <param name="Event">Only <c>IndicatorsComputed</c> is replayable here.</param>
/// <param name="From">First session date.</param>
/// <param name="To">Last session date, not before <paramref name="From"/>.</param>
public sealed record ReplayRequest(string? Event, DateOnly From, DateOnly To)
{
    /// <summary>The one event this service consumes.</summary>
    public const string IndicatorsComputed = "IndicatorsComputed";

    /// <summary>Why the request cannot run, or null when it can.</summary>
    public string? Problem() =>
        Event != IndicatorsComputed ? $"event must be '{IndicatorsComputed}', not '{Event}'."
        : From > To ? "from must not be after to."
        : null;
}
