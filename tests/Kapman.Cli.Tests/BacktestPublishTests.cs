using System.Text;
using System.Text.Json;
using Kapman.Cli.Api;
using Kapman.Cli.Commands;

namespace Kapman.Cli.Tests;

/// <summary>
/// <c>kapman backtest --publish</c>: the option parses, and the call it makes posts the run's parameters to
/// <c>/api/recommendation/backtests</c> with the API key and reads the queued run's id (a loopback server stands in for the gateway);
/// the service's refusal surfaces as an error with its status.
/// </summary>
public class BacktestPublishTests
{
    [Test]
    public void The_publish_flag_parses()
    {
        var result = KapmanCli.Create().Parse("backtest --strategy iron_condor --underlying SPY --from 2019-01-02 --to 2019-06-28 --data-root D --out O --publish");

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.GetValue<bool>("--publish"), Is.True);
    }

    [Test]
    public async Task Publishing_posts_the_parameters_with_the_key_and_returns_the_run_id()
    {
        string? path = null, key = null, body = null;
        await using var gateway = new LoopbackHttpServer(async context =>
        {
            path = context.Request.Url!.AbsolutePath;
            key = context.Request.Headers["X-Api-Key"];
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                body = await reader.ReadToEndAsync();
            }

            context.Response.StatusCode = 202;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes("""{"id":"0199b7e5-0000-7000-8000-0000000000c2","status":"queued"}"""));
            context.Response.Close();
        });
        using var http = new HttpClient { BaseAddress = gateway.BaseUrl };

        var id = await new KapmanApi(http, "cli-key").StartBacktestAsync("iron_condor", "SPY", new DateOnly(2019, 1, 2), new DateOnly(2019, 6, 28), -1000, CancellationToken.None);

        Assert.That(id, Is.EqualTo(Guid.Parse("0199b7e5-0000-7000-8000-0000000000c2")));
        Assert.That((path, key), Is.EqualTo(("/api/recommendation/backtests", "cli-key")));
        using var sent = JsonDocument.Parse(body!);
        Assert.That(
            (sent.RootElement.GetProperty("strategy").GetString(), sent.RootElement.GetProperty("underlying").GetString(), sent.RootElement.GetProperty("from").GetString(),
                sent.RootElement.GetProperty("to").GetString(), sent.RootElement.GetProperty("minEvNet").GetDouble()),
            Is.EqualTo(("iron_condor", "SPY", "2019-01-02", "2019-06-28", -1000d)));
    }

    [Test]
    public async Task A_refusal_is_an_error_with_its_status()
    {
        await using var gateway = new LoopbackHttpServer(async context =>
        {
            context.Response.StatusCode = 401;
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes("""{"title":"Unauthorized"}"""));
            context.Response.Close();
        });
        using var http = new HttpClient { BaseAddress = gateway.BaseUrl };

        var failure = Assert.ThrowsAsync<KapmanApiException>(() =>
            new KapmanApi(http, null).StartBacktestAsync("iron_condor", "SPY", new DateOnly(2019, 1, 2), new DateOnly(2019, 6, 28), null, CancellationToken.None));

        Assert.That(failure!.Message, Does.Contain("401").And.Contain("KAPMAN_API_KEY"));
    }
}
