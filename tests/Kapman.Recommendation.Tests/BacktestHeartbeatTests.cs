using Dapper;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// A backtest left <c>running</c> by a process killed outright (SIGKILL: nothing could mark it) is marked failed once its heartbeat is
/// stale, by whichever instance runs the next pass; a run whose owner still beats (another replica) is left alone (real service and
/// PostgreSQL, heartbeat every second, so stale after four).
/// </summary>
[NonParallelizable]
public sealed class BacktestHeartbeatTests
{
    [Test]
    public async Task A_run_whose_heartbeat_stopped_is_marked_failed_and_a_beating_one_of_another_instance_is_not()
    {
        await using var host = await BacktestServiceHost.StartAsync(new Dictionary<string, string> { ["Kapman:Recommendation:Backtest:HeartbeatSeconds"] = "1" });
        _ = host.CreateClient();
        await using var connection = await host.Database.DataSource.OpenConnectionAsync();
        var (killed, alive) = (Guid.NewGuid(), Guid.NewGuid());
        await connection.ExecuteAsync(
            """
            INSERT INTO backtest_runs (id, strategy, underlying, from_date, to_date, initial_capital, status, pricing, requested_at, started_at, heartbeat_at)
            VALUES (@killed, 'iron_condor', 'SPY', '2019-01-02', '2019-03-29', 100000, 'running', 'model-priced', now() - interval '10 minutes', now() - interval '10 minutes', now() - interval '10 minutes'),
                   (@alive, 'iron_condor', 'SPY', '2019-01-02', '2019-03-29', 100000, 'running', 'model-priced', now() - interval '10 minutes', now() - interval '10 minutes', now())
            """, new { killed, alive });

        // The other instance's beat, every half second, for the whole test.
        using var otherInstance = new CancellationTokenSource();
        var beating = Task.Run(async () =>
        {
            await using var beat = await host.Database.DataSource.OpenConnectionAsync();
            while (!otherInstance.IsCancellationRequested)
            {
                await beat.ExecuteAsync("UPDATE backtest_runs SET heartbeat_at = now() WHERE id = @alive", new { alive });
                await Task.Delay(500);
            }
        });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        (string Status, string? Error, DateTime? FinishedAt) run;
        do
        {
            await Task.Delay(250);
            run = await connection.QuerySingleAsync<(string, string?, DateTime?)>("SELECT status, error, finished_at FROM backtest_runs WHERE id = @killed", new { killed });
        }
        while (run.Status == "running" && DateTime.UtcNow < deadline);

        // Several passes more (each second) with the live run's heartbeat kept fresh.
        await Task.Delay(TimeSpan.FromSeconds(6));
        var other = await connection.QuerySingleAsync<string>("SELECT status FROM backtest_runs WHERE id = @alive", new { alive });
        await otherInstance.CancelAsync();
        await beating;

        Assert.Multiple(() =>
        {
            Assert.That(run.Status, Is.EqualTo("failed"), "the killed process's run");
            Assert.That(run.Error, Does.StartWith("the service running it stopped without finishing it (no heartbeat since ").And.EndWith(" UTC); start it again"));
            Assert.That(run.FinishedAt, Is.Not.Null);
            Assert.That(other, Is.EqualTo("running"), "another instance's run, still beating");
        });
    }
}
