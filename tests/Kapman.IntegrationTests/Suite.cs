using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Kapman.IntegrationTests;

/// <summary>
/// Starts the whole suite once for every integration test (real PostgreSQL, RabbitMQ, SMTP sink, the gateway,
/// the seven services and the web as processes), backfills the sample history and runs the pipeline for
/// 2025-08-26. Notification's Telegram channel is on, in webhook mode, against the Bot API stand-in (<see cref="SuiteTelegram"/>).
/// The tests then talk to it only through the gateway, and read PostgreSQL to check what was stored
/// (<see cref="Db"/>: every service's schemas, in either <see cref="DatabaseLayout"/>).
/// </summary>
[SetUpFixture]
public sealed class Suite
{
    public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);
    private static SuiteApp? host;
    private static string? dataRoot;

    public static string ApiKey { get; } = "it-" + Guid.NewGuid().ToString("N");

    public static HttpClient Gateway { get; private set; } = null!;

    public static NpgsqlDataSource Db { get; private set; } = null!;

    public static SuiteApp Host => host!;

    /// <summary>The first run of 2025-08-26, made in setup.</summary>
    public static JsonElement FirstRun { get; private set; }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Infrastructure.RequireListening("PostgreSQL", 5432, "deploy/start-infra.sh");
        Infrastructure.RequireListening("RabbitMQ", 5672, "deploy/start-infra.sh");
        Infrastructure.RequireListening("RabbitMQ management", 15672, "rabbitmq-plugins enable rabbitmq_management");
        Infrastructure.RequireListening("SMTP sink", 2525, "python3 -m aiosmtpd -n -l 127.0.0.1:2525");
        await Infrastructure.ResetDatabaseAsync();
        await Infrastructure.ResetVirtualHostAsync();

        var repo = RepoFiles.Root;
        dataRoot = TestData.Create(repo);
        var telegram = await SuiteTelegram.StartAsync();
        host = await SuiteApp.StartAsync(
            [
                $"--KAPMAN_API_KEY={ApiKey}",
                // The machine's password when test.sh exported it: kapman_app is one role for the whole server, and a fresh
                // password here would lock out a suite another checkout runs.
                $"--KAPMAN_DB_PASSWORD={Environment.GetEnvironmentVariable("KAPMAN_DB_PASSWORD") ?? $"it-{Guid.NewGuid():N}"}",
                $"--Kapman:Data:Root={dataRoot}",
                $"--ConnectionStrings:postgres-admin={Infrastructure.ConnectionString}",
                DatabaseLayout.AppHostSetting,
                $"--ConnectionStrings:RabbitMQ={Infrastructure.RabbitMq}",
                "--Kapman:Smtp:Host=127.0.0.1",
                "--Kapman:Smtp:Port=2525",
                .. telegram,
            ],
            TestContext.Progress);

        Gateway = new HttpClient { BaseAddress = SuiteApp.GatewayUrl, Timeout = TimeSpan.FromMinutes(5) };
        Gateway.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        await DatabaseLayout.LinkAsync();
        Db = NpgsqlDataSource.Create(Infrastructure.ConnectionString);
        TestContext.Progress.WriteLine(DatabaseLayout.PerService
            ? $"one database per service: {string.Join(", ", DatabaseLayout.ServiceDatabases)} (read here through postgres_fdw)"
            : $"one shared database: {Infrastructure.Database}");

        var backfill = await Gateway.PostAsJsonAsync("/api/ingestion/backfill", new { from = "2024-07-01", to = "2025-08-25" });
        Assert.That(backfill.IsSuccessStatusCode, Is.True, "backfill: " + await backfill.Content.ReadAsStringAsync());
        FirstRun = await RunPipelineAsync(TestData.Session);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        Gateway?.Dispose();
        if (Db is not null)
        {
            await Db.DisposeAsync();
        }

        if (host is not null)
        {
            await host.DisposeAsync();
        }

        await SuiteTelegram.StopAsync();

        if (dataRoot is not null)
        {
            Directory.Delete(dataRoot, recursive: true);
        }
    }

    /// <summary>Starts a run through the gateway and waits until it is final; returns the run JSON.</summary>
    public static async Task<JsonElement> RunPipelineAsync(DateOnly session)
    {
        var runId = await StartRunAsync(session);
        return await WaitForRunAsync(runId, run => run.GetProperty("status").GetString() is "succeeded" or "failed" or "partial");
    }

    public static async Task<Guid> StartRunAsync(DateOnly session)
    {
        var response = await Gateway.PostAsJsonAsync("/api/ingestion/pipeline/runs", new { sessionDate = session.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.That((int)response.StatusCode, Is.EqualTo(202), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetGuid();
    }

    /// <summary>
    /// Polls the run every <paramref name="poll"/> (250 ms) until <paramref name="done"/> holds, failing after
    /// <paramref name="timeout"/> (<see cref="RunTimeout"/>) with the last state and error. Keeps polling while the run
    /// record cannot be read: an outage of the database, the broker or ingestion answers 5xx or drops the connection.
    /// </summary>
    public static async Task<JsonElement> WaitForRunAsync(Guid runId, Func<JsonElement, bool> done, TimeSpan? timeout = null, TimeSpan? poll = null)
    {
        var limit = timeout ?? RunTimeout;
        var deadline = DateTime.UtcNow + limit;
        JsonElement run = default;
        var lastError = "";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await Gateway.GetAsync($"/api/ingestion/pipeline/runs/{runId}");
                if (response.IsSuccessStatusCode)
                {
                    run = await response.Content.ReadFromJsonAsync<JsonElement>();
                    if (done(run))
                    {
                        return run;
                    }
                }
                else
                {
                    lastError = $"{(int)response.StatusCode}";
                }
            }
            catch (HttpRequestException ex)
            {
                lastError = ex.Message;
            }

            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(250));
        }

        Assert.Fail($"run {runId} did not reach the expected state in {limit}: {run} (last error: {lastError}){Environment.NewLine}"
            + await Host.RecentLogsAsync("ingestion", 60));
        return run;
    }

    public static JsonElement Stage(JsonElement run, string name) =>
        run.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == name);

    public static async Task<long> CountAsync(string sql, object? args = null)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, sql, args);
    }

    /// <summary>The first column of every row of <paramref name="sql"/> as text.</summary>
    public static async Task<List<string>> TextsAsync(string sql, object? args = null)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return [.. await Dapper.SqlMapper.QueryAsync<string>(connection, sql, args)];
    }
}
