using System.Collections.Concurrent;

namespace Kapman.LlmStandIn;

/// <summary>The stand-in's memory: the scripted answers (served in order; the last one repeats) and every request received.</summary>
public sealed class LlmState(TimeProvider clock)
{
    private readonly ConcurrentQueue<LlmReply> script = new();
    private readonly ConcurrentQueue<LlmRequest> requests = new();
    private LlmReply last = LlmReply.Answer("No facts were given.");

    /// <summary>The key a request must present (null: any non-empty key).</summary>
    public string? ExpectedKey { get; set; }

    /// <summary>The clock arrival times are read from.</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>Every request, in arrival order.</summary>
    public IReadOnlyList<LlmRequest> Requests => requests.ToArray();

    /// <summary>Queues <paramref name="replies"/>; each request takes the next one, and once they are used the last one repeats.</summary>
    public void Script(params LlmReply[] replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        foreach (var reply in replies)
        {
            script.Enqueue(reply);
        }
    }

    /// <summary>The answer to the next request.</summary>
    internal LlmReply Next()
    {
        lock (script)
        {
            if (script.TryDequeue(out var reply))
            {
                last = reply;
            }

            return last;
        }
    }

    internal void Record(LlmRequest request) => requests.Enqueue(request);
}
