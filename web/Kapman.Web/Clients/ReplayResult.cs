namespace Kapman.Web.Clients;

/// <summary>What a replay did (the producing service's <c>POST /replay</c>), or why it could not run.</summary>
/// <param name="Sent">Stored events re-sent to the endpoint's queue.</param>
/// <param name="Queue">The queue they were sent to, e.g. <c>wyckoff-market-session-ingested</c>; empty on failure.</param>
/// <param name="Error">Why the replay did not run, empty when it did.</param>
public sealed record ReplayResult(int Sent, string Queue, string Error)
{
    /// <summary>True when the service accepted and ran the replay.</summary>
    public bool Succeeded => Error.Length == 0;
}
