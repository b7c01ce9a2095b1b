using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kapman.Ingestion.Tests;

/// <summary>Starts backfill jobs (<c>POST /backfill/jobs</c>) and polls them (<c>GET /backfill/jobs/{id}</c>) for the tests.</summary>
public static class BackfillJobClient
{
    /// <summary>Starts a job and returns its first status (202, or 200 when the same job was already running).</summary>
    public static async Task<JsonElement> StartAsync(HttpClient http, string from, string to, string? source = null, bool force = false)
    {
        using var response = await http.PostAsJsonAsync("backfill/jobs", new { from, to, source, force });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted).Or.EqualTo(HttpStatusCode.OK), body.ToString());
        return body;
    }

    /// <summary>Polls the job every 100 ms until <paramref name="until"/> holds for its status; fails the test after <paramref name="timeout"/>.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient http, JsonElement job, Func<JsonElement, bool> until, TimeSpan timeout)
    {
        var id = job.GetProperty("id").GetString();
        var deadline = DateTime.UtcNow + timeout;
        var status = job;
        while (!until(status))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"backfill job {id} did not reach the expected state within {timeout}: {status}");
            }

            await Task.Delay(100);
            status = await http.GetFromJsonAsync<JsonElement>($"backfill/jobs/{id}");
        }

        return status;
    }

    /// <summary>True once the job is no longer running.</summary>
    public static bool Ended(JsonElement status) => status.GetProperty("state").GetString() != "running";

    /// <summary>The job's sessions committed so far.</summary>
    public static int Done(JsonElement status) => status.GetProperty("sessionsDone").GetInt32();
}
