using System.Collections.Concurrent;

namespace Kapman.DiscordStandIn;

/// <summary>
/// The stand-in's memory: the known webhooks (id → token), what each received, and scripted answers (a 429 with a given
/// <c>retry_after</c>, or a status such as 500) the next requests to a webhook get before the normal one.
/// </summary>
public sealed class StandInState(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, string> tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<StandInScript>> scripts = new(StringComparer.Ordinal);
    private readonly List<ReceivedPost> received = [];
    private long nextMessageId = 1_300_000_000_000_000_000;

    /// <summary>The clock arrival times are read from.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>Registers webhook <paramref name="id"/> with <paramref name="token"/>; returns its URL path <c>/api/webhooks/{id}/{token}</c>.</summary>
    public string AddWebhook(string id, string token)
    {
        tokens[id] = token;
        return $"/api/webhooks/{id}/{token}";
    }

    /// <summary>The next request to <paramref name="webhookId"/> is answered 429 with <paramref name="retryAfterSeconds"/>.</summary>
    public void RateLimitNext(string webhookId, double retryAfterSeconds, bool global = false) =>
        scripts.GetOrAdd(webhookId, _ => new()).Enqueue(new StandInScript(429, retryAfterSeconds, global));

    /// <summary>
    /// The next request to <paramref name="webhookId"/> is held for <paramref name="seconds"/> of real time, as a server that does not answer,
    /// then answered 504 without creating a message (a client with a shorter timeout has given up by then).
    /// </summary>
    public void HangNext(string webhookId, double seconds) => scripts.GetOrAdd(webhookId, _ => new()).Enqueue(new StandInScript(StandInScript.Hang, seconds, false));

    /// <summary>The next request to <paramref name="webhookId"/> is answered with <paramref name="status"/> (e.g. 500, 502).</summary>
    public void FailNext(string webhookId, int status) => scripts.GetOrAdd(webhookId, _ => new()).Enqueue(new StandInScript(status, 0, false));

    /// <summary>Every request received, in arrival order.</summary>
    public IReadOnlyList<ReceivedPost> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    /// <summary>The requests to <paramref name="webhookId"/> that created a message.</summary>
    public IReadOnlyList<ReceivedPost> Posted(string webhookId) => Received.Where(r => r.WebhookId == webhookId && r.MessageId is not null).ToArray();

    internal bool IsKnown(string id, string token) => tokens.TryGetValue(id, out var known) && known == token;

    /// <summary>When the next script of <paramref name="webhookId"/> is a hang, takes it and returns its seconds.</summary>
    internal double? PeekHang(string webhookId) =>
        scripts.TryGetValue(webhookId, out var queue) && queue.TryPeek(out var next) && next.Status == StandInScript.Hang && queue.TryDequeue(out var hang)
            ? hang.RetryAfterSeconds
            : null;

    internal StandInScript? NextScript(string webhookId) =>
        scripts.TryGetValue(webhookId, out var queue) && queue.TryDequeue(out var script) ? script : null;

    internal string NewMessageId() => Interlocked.Increment(ref nextMessageId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal void Record(ReceivedPost post)
    {
        lock (received)
        {
            received.Add(post);
        }
    }
}
