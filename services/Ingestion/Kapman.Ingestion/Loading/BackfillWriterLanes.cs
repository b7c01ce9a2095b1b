using Kapman.Ingestion.Data;
using Npgsql;

namespace Kapman.Ingestion.Loading;

/// <summary>
/// The connections a backfill writes its session groups on, so that the database works on two groups at once: a group's
/// COPY runs while the group before it is still in its transaction on another connection, and each group is handed the
/// task of the group before it to await before it finishes and commits (see <see cref="Data.SessionWriter.WriteGroupAsync"/>).
/// Groups therefore commit in date order and each sees the bars of every earlier one; a failed group fails every later
/// group, which rolls back. Each connection runs with <c>synchronous_commit = off</c> (see <see cref="BackfillRunner"/>).
/// </summary>
internal sealed class BackfillWriterLanes : IAsyncDisposable
{
    private readonly NpgsqlConnection[] connections;
    private readonly Task[] lanes;
    private Task lastGroup = Task.CompletedTask;
    private int next;

    private BackfillWriterLanes(NpgsqlConnection[] connections)
    {
        this.connections = connections;
        lanes = [.. connections.Select(_ => Task.CompletedTask)];
    }

    /// <summary>Opens <paramref name="count"/> connections (at least one).</summary>
    public static async Task<BackfillWriterLanes> OpenAsync(NpgsqlDataSource dataSource, int count, CancellationToken ct)
    {
        var connections = new List<NpgsqlConnection>();
        try
        {
            for (var i = 0; i < Math.Max(1, count); i++)
            {
                var connection = await dataSource.OpenConnectionAsync(ct);
                connections.Add(connection);
                await AsynchronousCommit.EnableAsync(connection, ct);
            }
        }
        catch
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }

            throw;
        }

        return new BackfillWriterLanes([.. connections]);
    }

    /// <summary>
    /// Waits until the next connection is free, then starts <paramref name="write"/> on it with the task of the group
    /// started before (to await before finishing). Returns once the group is under way, not when it commits.
    /// </summary>
    /// <exception cref="Exception">Whatever the connection's previous group failed with (the backfill stops).</exception>
    public async Task StartAsync(Func<NpgsqlConnection, Task, Task> write)
    {
        var lane = next;
        next = (next + 1) % connections.Length;
        await lanes[lane];
        var group = write(connections[lane], lastGroup);
        lanes[lane] = group;
        lastGroup = group;
    }

    /// <summary>Waits for every group started to commit or fail; throws a failure.</summary>
    public Task DrainAsync() => Task.WhenAll(lanes);

    /// <summary>Waits for the groups still running (their failures were reported by <see cref="DrainAsync"/> or <see cref="StartAsync"/>) and closes the connections.</summary>
    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(lanes).ContinueWith(t => t.Exception, TaskScheduler.Default);
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }
}
