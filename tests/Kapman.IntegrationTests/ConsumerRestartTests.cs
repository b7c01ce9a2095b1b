namespace Kapman.IntegrationTests;

/// <summary>
/// A consumer that is down in the middle of a run misses nothing: its events wait in its durable queue, and
/// when it comes back the run completes with no duplicate rows and no second email.
/// </summary>
public class ConsumerRestartTests
{
    [Test]
    public async Task Stopped_consumers_resume_the_run_without_loss_or_duplicates()
    {
        var messagesBefore = await Suite.CountAsync("SELECT count(*) FROM notification.messages");
        await Suite.Host.StopServiceAsync("wyckoff");
        await Suite.Host.StopServiceAsync("notification");
        try
        {
            var runId = await Suite.StartRunAsync(TestData.Session);
            var midway = await Suite.WaitForRunAsync(runId, r =>
                Suite.Stage(r, "metrics").GetProperty("status").GetString() == "succeeded" && Suite.Stage(r, "options").GetProperty("status").GetString() == "succeeded");
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.That(Suite.Stage(midway, "wyckoff").GetProperty("status").GetString(), Is.EqualTo("pending"), "wyckoff is down, so its stage has not started");

            await Suite.Host.StartServiceAsync("wyckoff");
            await Suite.Host.StartServiceAsync("notification");
            var run = await Suite.WaitForRunAsync(runId, r => r.GetProperty("status").GetString() is "succeeded" or "failed");

            Assert.That(run.GetProperty("status").GetString(), Is.EqualTo("succeeded"), run.ToString());
        }
        finally
        {
            await EnsureRunningAsync("wyckoff");
            await EnsureRunningAsync("notification");
        }

        Assert.That(await Suite.CountAsync("SELECT count(*) FROM wyckoff.snapshots WHERE session_date = '2025-08-26'"), Is.EqualTo(67));
        Assert.That(await Suite.CountAsync("SELECT count(*) - count(DISTINCT (ticker, kind)) FROM wyckoff.alerts WHERE session_date = '2025-08-26'"), Is.Zero);
        Assert.That(await Suite.CountAsync("SELECT count(*) FROM notification.messages"), Is.EqualTo(messagesBefore), "no email twice");
    }

    /// <summary>Leaves the service up for the tests after this one, whatever happened above.</summary>
    private static async Task EnsureRunningAsync(string name)
    {
        if (!Suite.Host.IsRunning(name))
        {
            await Suite.Host.StartServiceAsync(name);
        }
    }
}
