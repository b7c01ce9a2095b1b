using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;

namespace Kapman.Notification.Tests.Telegram;

/// <summary>An OpenTelemetry processor that keeps each ended span's name and tags as text, as an exporter would see them.</summary>
internal sealed class SpanRecorder : BaseProcessor<Activity>
{
    private readonly ConcurrentQueue<string> spans = new();

    /// <summary>Every ended span: display name, then its tags.</summary>
    public IReadOnlyList<string> Spans => spans.ToArray();

    /// <inheritdoc />
    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        spans.Enqueue(data.DisplayName + " " + string.Join(" ", data.TagObjects.Select(t => $"{t.Key}={t.Value}")));
    }
}
