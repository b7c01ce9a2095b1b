using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Kapman.ServiceDefaults.Security;
using Npgsql;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// The real ingestion service as its own process (<c>dotnet Kapman.Ingestion.dll</c> from the test's output folder) on a
/// free port in 56000-56999, against its own database (<c>kapman_ingproc_*</c>, created here and dropped on dispose)
/// and the <see cref="IngestionTestHost.VirtualHost"/> RabbitMQ vhost. <see cref="Kill"/> ends it with SIGKILL
/// (<see cref="Process.Kill()"/> on Unix), so nothing in the service gets to clean up; <see cref="StartAsync"/> starts it
/// again on the same database.
/// </summary>
public sealed class IngestionProcess : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> settings;
    private Process? process;

    private IngestionProcess(string database, IReadOnlyDictionary<string, string> settings)
    {
        Database = database;
        this.settings = settings;
        ConnectionString = new NpgsqlConnectionStringBuilder(IngestionTestHost.Admin) { Database = database, Pooling = false }.ConnectionString;
    }

    /// <summary>The service's database.</summary>
    public string Database { get; }

    /// <summary>Administrator connection string to <see cref="Database"/>.</summary>
    public string ConnectionString { get; }

    /// <summary>A client to the running process (its base address changes with every start).</summary>
    public HttpClient Client { get; private set; } = new();

    /// <summary>Creates the database and starts the service with <paramref name="settings"/> as environment variables (<c>Kapman__Data__Root</c> etc.).</summary>
    public static async Task<IngestionProcess> CreateAsync(IReadOnlyDictionary<string, string> settings)
    {
        var database = "kapman_ingproc_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await using var connection = new NpgsqlConnection(IngestionTestHost.Admin);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException ex)
        {
            Assert.Fail($"PostgreSQL is needed at {new NpgsqlConnectionStringBuilder(IngestionTestHost.Admin).Host}: {ex.Message}");
        }

        await IngestionTestHost.EnsureVirtualHostAsync();
        var service = new IngestionProcess(database, settings);
        await service.StartAsync();
        return service;
    }

    /// <summary>Starts the service and waits (up to 60 s) until it answers HTTP.</summary>
    public async Task StartAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Kapman.Ingestion.dll");
        var port = FreePortInRange();
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        info.ArgumentList.Add(dll);
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ConnectionStrings__Postgres"] = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = true }.ConnectionString;
        info.Environment["ConnectionStrings__RabbitMQ"] = LocalServers.RabbitMq(IngestionTestHost.VirtualHost);
        info.Environment["Kapman__Ingestion__RetentionSessions"] = "0";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment[GatewayCredential.ConfigurationKey] = IngestionTestHost.GatewayToken;
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Client.Dispose();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Add(GatewayCredential.HeaderName, IngestionTestHost.GatewayToken);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var probe = await Client.GetAsync(new Uri($"backfill/jobs/{Guid.Empty}", UriKind.Relative));
                if (probe.StatusCode == HttpStatusCode.NotFound)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        Assert.Fail($"the ingestion service ({dll}) did not answer on port {port} within 60 s (exited: {process.HasExited})");
    }

    /// <summary>Kills the process with SIGKILL and waits for it to be gone.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit();
        }

        process?.Dispose();
        process = null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Kill();
        Client.Dispose();
        await using var connection = new NpgsqlConnection(IngestionTestHost.Admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static int FreePortInRange()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(56000, 57000);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }

        throw new InvalidOperationException("no free port in 56000-56999");
    }
}
