using Kapman.Ingestion.Sources;
using Polly;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// Review #10: a Polly timeout from the grouped-daily endpoint is "source unavailable" (which stops a backfill in order at that
/// session), not an exception that aborts it.
/// </summary>
public class PolygonTimeoutTests
{
    [Test]
    public async Task A_polly_timeout_is_source_unavailable()
    {
        await using var slow = new LoopbackHttpServer(context =>
        {
            // Never answered in time; dropped once the client has gone.
            _ = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(_ => context.Response.Abort(), TaskScheduler.Default);
            return Task.CompletedTask;
        });
        // The named client's resilience handler gives each attempt a Polly timeout; the same strategy with 300 ms keeps the test short.
        using var http = new HttpClient(new PollyTimeoutHandler(TimeSpan.FromMilliseconds(300)));
        var source = new PolygonGroupedDailySource(http, slow.BaseUrl, "k");

        var thrown = Assert.ThrowsAsync<SessionSourceUnavailableException>(() => source.ReadAsync(new DateOnly(2025, 8, 26), CancellationToken.None));
        Assert.That(thrown!.Message, Does.Contain("v2/aggs/grouped/locale/us/market/stocks/2025-08-26"));
    }

    private sealed class PollyTimeoutHandler(TimeSpan timeout) : DelegatingHandler(new SocketsHttpHandler())
    {
        private readonly ResiliencePipeline pipeline = new ResiliencePipelineBuilder().AddTimeout(timeout).Build();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            await pipeline.ExecuteAsync(async token => await base.SendAsync(request, token), cancellationToken);
    }
}
