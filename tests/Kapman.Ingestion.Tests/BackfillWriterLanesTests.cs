using System.Collections.Concurrent;
using Kapman.Ingestion.Data;
using Kapman.Ingestion.Loading;

namespace Kapman.Ingestion.Tests;

/// <summary><see cref="BackfillWriterLanes"/> hands groups to its connections in turn, each only once free, chained in the order started.</summary>
public class BackfillWriterLanesTests
{
    [Test]
    public async Task Groups_take_the_connections_in_turn_and_wait_for_a_free_one()
    {
        await using var db = await ServiceTestDatabase.CreateAsync("market", typeof(BarStore).Assembly);
        await using var lanes = await BackfillWriterLanes.OpenAsync(db.DataSource, 2, CancellationToken.None);
        var gate = new TaskCompletionSource();
        var done = new ConcurrentQueue<(string Group, int Backend)>();

        await lanes.StartAsync(async (connection, earlier) => { await earlier; await gate.Task; done.Enqueue(("1", connection.ProcessID)); });
        await lanes.StartAsync(async (connection, earlier) => { await earlier; done.Enqueue(("2", connection.ProcessID)); });
        var third = lanes.StartAsync(async (connection, earlier) => { await earlier; done.Enqueue(("3", connection.ProcessID)); });
        await Task.Delay(200);
        var thirdStartedBeforeFirstEnded = third.IsCompleted;
        gate.SetResult();
        await third;
        await lanes.DrainAsync();

        Assert.That(thirdStartedBeforeFirstEnded, Is.False, "the third group waits for the first group's connection");
        var order = done.ToArray();
        Assert.That(order.Select(d => d.Group), Is.EqualTo(new[] { "1", "2", "3" }), "each group ends after the one started before it");
        Assert.That(order[0].Backend, Is.Not.EqualTo(order[1].Backend), "two groups run on two connections");
        Assert.That(order[2].Backend, Is.EqualTo(order[0].Backend), "the third group reuses the first group's connection");
    }

    [Test]
    public async Task A_failure_reaches_the_next_start_on_that_connection_and_the_drain()
    {
        await using var db = await ServiceTestDatabase.CreateAsync("market", typeof(BarStore).Assembly);
        await using var lanes = await BackfillWriterLanes.OpenAsync(db.DataSource, 2, CancellationToken.None);

        await lanes.StartAsync((_, _) => Task.FromException(new InvalidOperationException("COPY failed")));
        await lanes.StartAsync(async (_, earlier) => await earlier);

        Assert.ThrowsAsync<InvalidOperationException>(() => lanes.StartAsync((_, _) => Task.CompletedTask));
        Assert.ThrowsAsync<InvalidOperationException>(lanes.DrainAsync);
    }
}
