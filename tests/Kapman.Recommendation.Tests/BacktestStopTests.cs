using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kapman.Recommendation.Backtests;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// A backtest run lives in the process that started it: when that process stops, its running and queued runs are marked failed with
/// the reason, never left <c>running</c> or <c>queued</c> for ever (real service, PostgreSQL and RabbitMQ).
/// </summary>
[NonParallelizable]
public sealed class BacktestStopTests
{
    [Test]
    public async Task Stopping_the_service_marks_its_running_and_queued_runs_failed_with_the_reason()
    {
        await using var host = await BacktestServiceHost.StartAsync();
        using var client = host.CreateClient();
        var jobs = host.Services.GetRequiredService<BacktestJobs>();
        // Eleven years of SPY (a few seconds of work) and a second run queued behind it.
        var running = await PostAsync(client, new { strategy = "iron_condor", underlying = "SPY", from = "2010-01-04", to = "2020-12-31" });
        var queued = await PostAsync(client, new { strategy = "iron_condor", underlying = "SPY", from = "2019-01-02", to = "2019-03-29" });

        host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        await jobs.CompletionOf(running).WaitAsync(TimeSpan.FromMinutes(2));
        await jobs.CompletionOf(queued).WaitAsync(TimeSpan.FromMinutes(2));

        // Read in the database: the stopping service no longer answers its API.
        await using var connection = await host.Database.DataSource.OpenConnectionAsync();
        foreach (var id in new[] { running, queued })
        {
            var run = await connection.QuerySingleAsync<(string Status, string? Error, DateTime? FinishedAt)>(
                "SELECT status, error, finished_at FROM backtest_runs WHERE id = @id", new { id });
            Assert.That((run.Status, run.Error), Is.EqualTo(("failed", (string?)"the service stopped before the run finished; start it again")), $"run {id}");
            Assert.That(run.FinishedAt, Is.Not.Null);
        }
    }

    private static async Task<Guid> PostAsync(HttpClient client, object body)
    {
        var posted = await client.PostAsJsonAsync("/backtests", body);
        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await posted.Content.ReadAsStringAsync());
        return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
