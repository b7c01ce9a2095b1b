namespace Kapman.Web.Ops;

/// <summary>
/// The outcome of <c>POST /ops/redrive</c>, carried to the Ops page in the redirect's query
/// (<c>?redrive=ok&amp;queue=q_error&amp;moved=3&amp;returned=0</c>) and rendered as a status line.
/// </summary>
/// <param name="Outcome">ok, partial, unauthorized, disabled, invalid or failed.</param>
/// <param name="Queue">The error queue named in the form.</param>
/// <param name="Moved">Messages moved back to the source queue.</param>
/// <param name="Returned">Messages the re-drive stopped at, left at the head of the error queue (0 or 1).</param>
public sealed record RedriveNotice(string Outcome, string Queue, int Moved, int Returned)
{
    /// <summary>All messages moved.</summary>
    public const string Ok = "ok";

    /// <summary>The outcome values that mean nothing went wrong.</summary>
    public bool IsSuccess => Outcome == Ok;

    /// <summary>The status line shown on the Ops page.</summary>
    public string Message => Outcome switch
    {
        Ok => $"Re-drove {Moved} message(s) from {Queue} to {SourceOf(Queue)}.",
        "partial" => $"Re-drove {Moved} message(s) from {Queue}, then stopped; the rest are still in {Queue}.",
        "unauthorized" => "Re-drive refused: wrong API key.",
        "disabled" => "Re-drive is disabled: the web has no KAPMAN_API_KEY in its environment.",
        "invalid" => $"Re-drive refused: '{Queue}' is not an error queue.",
        _ => $"Re-drive of {Queue} failed: RabbitMQ unreachable, or the message could not be re-published; nothing was lost, it is still in {Queue}.",
    };

    private static string SourceOf(string queue) => queue.EndsWith("_error", StringComparison.Ordinal) ? queue[..^"_error".Length] : queue;
}
