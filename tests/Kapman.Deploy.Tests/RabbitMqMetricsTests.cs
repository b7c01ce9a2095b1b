using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Kapman.Deploy.Tests;

/// <summary>
/// The local RabbitMQ's rabbitmq_prometheus plugin (deploy/start-infra.sh) serves, at the path and parameters
/// deploy/prometheus.yml scrapes, the per-queue depth the alert KapmanErrorQueueNotEmpty reads: a message published to an
/// <c>_error</c> queue of a throw-away virtual host shows as <c>rabbitmq_detailed_queue_messages{queue="..._error"} 1</c>.
/// </summary>
[TestFixture]
public sealed partial class RabbitMqMetricsTests
{
    /// <summary>The plugin's per-object endpoint (deploy/prometheus.yml's rabbitmq job).</summary>
    public const string DetailedPath = "/metrics/detailed";

    /// <summary>The queue depth (ready + unacknowledged) the alert reads.</summary>
    public const string QueueMessages = "rabbitmq_detailed_queue_messages";

    private static readonly Uri Plugin = new("http://127.0.0.1:15692");

    [Test]
    public async Task An_error_queue_holding_a_message_shows_its_depth_on_the_scrape()
    {
        await using var vhost = await RabbitVirtualHost.CreateAsync("kapman_deploy_tests");
        const string queue = "probe-stage_error";
        var path = $"/api/queues/{Uri.EscapeDataString(vhost.Name)}/{queue}";
        (await vhost.Management.PutAsJsonAsync(new Uri(path, UriKind.Relative), new { durable = true })).EnsureSuccessStatusCode();
        var publish = await vhost.Management.PostAsJsonAsync(
            new Uri($"/api/exchanges/{Uri.EscapeDataString(vhost.Name)}/amq.default/publish", UriKind.Relative),
            new { properties = new { }, routing_key = queue, payload = "parked", payload_encoding = "string" });
        publish.EnsureSuccessStatusCode();

        // The broker refreshes queue statistics every few seconds.
        using var http = new HttpClient { BaseAddress = Plugin, Timeout = TimeSpan.FromSeconds(10) };
        var scrape = $"{DetailedPath}?family=queue_coarse_metrics&vhost={Uri.EscapeDataString(vhost.Name)}";
        var series = $"{QueueMessages}{{vhost=\"{vhost.Name}\",queue=\"{queue}\"}}";
        double? depth = null;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (depth != 1 && DateTime.UtcNow < deadline)
        {
            string text;
            try
            {
                text = await http.GetStringAsync(new Uri(scrape, UriKind.Relative));
            }
            catch (HttpRequestException ex)
            {
                Assert.Fail($"RabbitMQ's prometheus plugin does not answer at {Plugin}: {ex.Message}. deploy/start-infra.sh enables it.");
                return;
            }

            depth = Sample().Matches(text).Where(m => m.Groups["series"].Value == series)
                .Select(m => (double?)double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture)).FirstOrDefault();
            if (depth != 1)
            {
                await Task.Delay(500);
            }
        }

        Assert.That(depth, Is.EqualTo(1), $"{series} on {scrape}");
    }

    [GeneratedRegex(@"^(?<series>[a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?) (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
