using System.Diagnostics;
using Kapman.ServiceDefaults.Data;

namespace Kapman.ServiceDefaults.Tests.Telemetry;

/// <summary>
/// The services' data sources trace a query only inside a trace: a polling loop's query (no parent span) makes no
/// one-span trace of its own, while a query made while handling a message or a request is a child span of it.
/// </summary>
[TestFixture]
public sealed class PollingTraceTests
{
    [Test]
    public async Task A_query_outside_any_trace_makes_no_span_and_one_inside_a_trace_is_its_child()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "test",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (spans) { spans.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        await using var dataSource = TracedDataSource.Build(LocalServers.Postgres("postgres"));
        using var source = new ActivitySource("test");

        Activity.Current = null;
        await using (var poll = dataSource.CreateCommand("SELECT 1"))
        {
            await poll.ExecuteScalarAsync();
        }

        ActivityTraceId parentTrace;
        using (var handling = source.StartActivity("consume"))
        {
            parentTrace = handling!.TraceId;
            await using var query = dataSource.CreateCommand("SELECT 2");
            await query.ExecuteScalarAsync();
        }

        // A physical connection open (CONNECT) is traced by itself, rarely (the pool keeps connections): only commands count here.
        var npgsql = spans.Where(s => s.Source.Name == "Npgsql" && !s.DisplayName.StartsWith("CONNECT", StringComparison.Ordinal)).ToList();
        Assert.That(npgsql, Has.Count.EqualTo(1), "only the query inside the trace was traced: " + string.Join(", ", npgsql.Select(s => $"{s.DisplayName} (parent {s.ParentSpanId})")));
        Assert.That(npgsql[0].TraceId, Is.EqualTo(parentTrace), "and it belongs to the consume span's trace");
    }
}
