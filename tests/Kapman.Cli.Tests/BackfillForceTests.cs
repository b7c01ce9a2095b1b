using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using Kapman.Cli.Backfill;
using Kapman.AppHost.Suite;
using Kapman.Cli.Commands;
using Npgsql;

namespace Kapman.Cli.Tests;

/// <summary>
/// <c>kapman backfill</c> end to end without the gateway: the parsed command line drives the real
/// <see cref="BackfillDriver"/> and <see cref="BackfillJobClient"/> against the real ingestion service (its built dll,
/// same configuration as this test) on a free port, with a throw-away database (<c>kapman_test_backfill_*</c>), the
/// RabbitMQ vhost <see cref="VirtualHost"/> and the shared flat files of five sessions (2025-08-20 .. 2025-08-26).
/// A second run skips every loaded session; a run with <c>--force</c> reloads them without duplicating a row.
/// PostgreSQL is the postgres superuser over the Unix socket (peer) and RabbitMQ as kapman on 5672 (management 15672).
/// </summary>
[NonParallelizable]
[CancelAfter(180_000)]
public class BackfillForceTests
{
    private const string VirtualHost = "kapman_apphost_tests";
    private const string Admin = LocalServers.PostgresAdmin;
    private const string Range = "--from 2025-08-20 --to 2025-08-26";
    private static readonly DateOnly[] Sessions = [new(2025, 8, 20), new(2025, 8, 21), new(2025, 8, 22), new(2025, 8, 25), new(2025, 8, 26)];

    private readonly StringBuilder serviceOutput = new();
    private string database = null!;
    private Process? service;
    private HttpClient http = null!;

    [OneTimeSetUp]
    public async Task StartServiceAsync()
    {
        database = "kapman_test_backfill_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await using var admin = new NpgsqlConnection(Admin);
            await admin.OpenAsync();
            // CREATE DATABASE takes no parameters; the name is built above from a constant and a GUID.
            await ExecuteAsync(admin, $"CREATE DATABASE \"{database}\"");
            await ExecuteAsync(admin, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_market_reader') THEN CREATE ROLE kapman_market_reader NOLOGIN; END IF; END $$");
        }
        catch (NpgsqlException ex)
        {
            Assert.Fail($"PostgreSQL on 127.0.0.1:5432 (the postgres superuser over the Unix socket, peer) is needed for this test: {ex.Message}");
        }

        await EnsureVirtualHostAsync();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var dll = Path.Combine(RepoFiles.Root, "services", "Ingestion", "Kapman.Ingestion", "bin", configuration, "net10.0", "Kapman.Ingestion.dll");
        if (!File.Exists(dll))
        {
            Assert.Fail($"The ingestion service is not built ({dll}): build services/Ingestion/Kapman.Ingestion -c {configuration}.");
        }

        var port = FreePort.Next();
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        info.ArgumentList.Add(dll);
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["ConnectionStrings__Postgres"] = new NpgsqlConnectionStringBuilder(Admin) { Database = database, Pooling = true }.ConnectionString;
        info.Environment["ConnectionStrings__RabbitMQ"] = LocalServers.RabbitMq(VirtualHost);
        info.Environment["Kapman__Data__Root"] = Path.GetDirectoryName(RepoFiles.SharedData("flatfiles"))!;
        info.Environment["Kapman__Ingestion__Source"] = "local";
        info.Environment["Kapman__Ingestion__RetentionSessions"] = "0";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment[SuiteLayout.GatewayTokenVariable] = GatewayPrefix.Token;
        service = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        service.OutputDataReceived += (_, e) => Keep(e.Data);
        service.ErrorDataReceived += (_, e) => Keep(e.Data);
        service.BeginOutputReadLine();
        service.BeginErrorReadLine();
        http = new HttpClient(new GatewayPrefix { InnerHandler = new HttpClientHandler() }) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        await WaitUntilListeningAsync();
    }

    [OneTimeTearDown]
    public async Task StopServiceAsync()
    {
        if (service is { HasExited: false })
        {
            service.Kill();
            await service.WaitForExitAsync();
        }

        service?.Dispose();
        http?.Dispose();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Admin);
        await admin.OpenAsync();
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    [Test]
    public async Task Loaded_sessions_are_skipped_unless_force_reloads_them()
    {
        var fileRows = Sessions.Sum(RowsInFile);

        var first = await RunAsync(Range);
        var (bars, quarantined, runs) = await CountsAsync();
        Assert.That(first.Error, Is.Null, first.Error);
        Assert.That((first.Totals.SessionsTotal, first.Totals.SessionsDone, first.Totals.Skipped), Is.EqualTo((5, 5, 0)));
        Assert.That(bars + quarantined, Is.EqualTo(fileRows), "every row of the five files is stored or quarantined");
        Assert.That((first.Totals.Rows, first.Totals.Quarantined), Is.EqualTo((bars, quarantined)));
        Assert.That(runs, Is.EqualTo(5));

        var again = await RunAsync(Range);
        Assert.That(again.Error, Is.Null, again.Error);
        Assert.That((again.Totals.SessionsDone, again.Totals.Skipped, again.Totals.Rows), Is.EqualTo((5, 5, 0L)), "without --force every loaded session is skipped");
        Assert.That(await CountsAsync(), Is.EqualTo((bars, quarantined, 5L)), "nothing was loaded again");

        var forced = await RunAsync(Range + " --force");
        Assert.That(forced.Error, Is.Null, forced.Error);
        Assert.That((forced.Totals.SessionsDone, forced.Totals.Skipped, forced.Totals.Rows, forced.Totals.Quarantined), Is.EqualTo((5, 0, bars, quarantined)),
            "--force reloads every session");
        Assert.That(await CountsAsync(), Is.EqualTo((bars, quarantined, 10L)), "a second loaded run per session, and no duplicated bar or quarantined row");
    }

    /// <summary>Runs the backfill a <c>kapman backfill</c> command line (without the word <c>backfill</c>) asks for.</summary>
    private async Task<BackfillOutcome> RunAsync(string options)
    {
        var parse = KapmanCli.Create().Parse("backfill " + options);
        Assert.That(parse.Errors, Is.Empty);
        var driver = new BackfillDriver(new BackfillJobClient(http, null, TimeSpan.FromSeconds(20)), TimeSpan.FromMilliseconds(100));
        try
        {
            return await driver.RunAsync(BackfillCommand.Request(parse), _ => { }, CancellationToken.None);
        }
        catch (Api.KapmanApiException ex)
        {
            Assert.Fail($"backfill {options}: {ex.Message}\nservice output:\n{ServiceOutput()}");
            throw;
        }
    }

    /// <summary>Bars and quarantined rows stored for the five sessions, and their loaded runs.</summary>
    private async Task<(long Bars, long Quarantined, long Runs)> CountsAsync()
    {
        await using var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Admin) { Database = database }.ConnectionString);
        await db.OpenAsync();
        return (
            await ScalarAsync(db, "SELECT count(*) FROM market.daily_bars WHERE session_date BETWEEN @from AND @to"),
            await ScalarAsync(db, "SELECT count(*) FROM market.quarantined_rows WHERE session_date BETWEEN @from AND @to"),
            await ScalarAsync(db, "SELECT count(*) FROM market.ingestion_runs WHERE status = 'loaded' AND session_date BETWEEN @from AND @to"));
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        command.Parameters.AddWithValue("from", Sessions[0]);
        command.Parameters.AddWithValue("to", Sessions[^1]);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Data rows in a session's shared flat file: its non-empty lines after the header.</summary>
    private static long RowsInFile(DateOnly session)
    {
        var path = RepoFiles.SharedData("flatfiles", "us_stocks_sip", "day_aggs_v1", session.ToString("yyyy", CultureInfo.InvariantCulture),
            session.ToString("MM", CultureInfo.InvariantCulture), session.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".csv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var lines = 0L;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lines += line.Length > 0 ? 1 : 0;
        }

        return lines - 1;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task EnsureVirtualHostAsync()
    {
        using var management = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:15672/") };
        management.DefaultRequestHeaders.Authorization = LocalServers.RabbitMqManagementAuth;
        try
        {
            (await management.PutAsync(new Uri($"api/vhosts/{VirtualHost}", UriKind.Relative), null)).EnsureSuccessStatusCode();
            using var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
            (await management.PutAsync(new Uri($"api/permissions/{VirtualHost}/{LocalServers.RabbitMqUser}", UriKind.Relative), permissions)).EnsureSuccessStatusCode();
        }
        catch (HttpRequestException ex)
        {
            Assert.Fail($"RabbitMQ management is needed at {management.BaseAddress} (the suite's user kapman): {ex.Message}");
        }
    }

    /// <summary>Waits (up to 60 s) until the service answers an unknown job with 404.</summary>
    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !service!.HasExited)
        {
            try
            {
                using var probe = await http.GetAsync(new Uri($"/api/ingestion/backfill/jobs/{Guid.Empty}", UriKind.Relative));
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

        Assert.Fail($"the ingestion service did not answer within 60 s (exited: {service!.HasExited})\n{ServiceOutput()}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (serviceOutput)
        {
            serviceOutput.AppendLine(line);
            if (serviceOutput.Length > 20_000)
            {
                serviceOutput.Remove(0, serviceOutput.Length - 20_000);
            }
        }
    }

    private string ServiceOutput()
    {
        lock (serviceOutput)
        {
            return serviceOutput.ToString();
        }
    }

    /// <summary>Stands in for the gateway: <c>/api/ingestion/x</c> goes to the service's own <c>/x</c>.</summary>
    /// <summary>Plays the gateway's part: strips <c>/api/ingestion</c> and presents the gateway's token, as the gateway does.</summary>
    private sealed class GatewayPrefix : DelegatingHandler
    {
        public const string Token = "backfill-force-test-token";

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            request.RequestUri = new UriBuilder(uri) { Path = uri.AbsolutePath.Replace("/api/ingestion", string.Empty, StringComparison.Ordinal) }.Uri;
            request.Headers.Add("X-Kapman-Gateway-Token", Token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
