using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// A bad <c>Kapman:Ingestion</c> setting stops the ingestion host while it starts, before it connects to anything (so no server is
/// needed), with a message that names the key; before typed options some of these failed only at the first message or backfill.
/// </summary>
public sealed class StartupValidationTests
{
    [TestCase("Kapman:Ingestion:BackfillWriters", "0", "Kapman:Ingestion:BackfillWriters must be ≥ 1")]
    [TestCase("Kapman:Ingestion:RetentionSessions", "-1", "Kapman:Ingestion:RetentionSessions must be ≥ 0")]
    [TestCase("Kapman:Ingestion:Source", "ftp", "Kapman:Ingestion:Source must be local, s3 or polygon")]
    [TestCase("Kapman:Ingestion:RunDueBy", "8pm-ish", "Kapman:Ingestion:RunDueBy must be a New York time of day such as 20:00")]
    [TestCase("Kapman:Ingestion:S3:TimeoutSeconds", "0", "Kapman:Ingestion:S3:TimeoutSeconds must be ≥ 1")]
    [TestCase("Kapman:Ingestion:S3:MaxErrorRetry", "-1", "Kapman:Ingestion:S3:MaxErrorRetry must be ≥ 0")]
    [TestCase("Kapman:Ingestion:Polygon:BaseUrl", "ftp://api.polygon.io/", "Kapman:Ingestion:Polygon:BaseUrl must be an absolute http(s) URL")]
    public void A_bad_setting_stops_the_host_at_start_naming_the_key(string key, string value, string expected)
    {
        using var host = Host((key, value));

        var thrown = Assert.Throws<OptionsValidationException>(() => _ = host.Server);

        Assert.That(thrown!.Message, Does.Contain(expected));
    }

    [Test]
    public void The_s3_source_without_its_endpoint_and_bucket_stops_the_host_naming_both_keys()
    {
        using var host = Host(("Kapman:Ingestion:Source", "s3"));

        var thrown = Assert.Throws<OptionsValidationException>(() => _ = host.Server);

        Assert.That(thrown!.Failures, Is.EquivalentTo(new[]
        {
            "Kapman:Ingestion:S3:ServiceUrl is required for the s3 source.",
            "Kapman:Ingestion:S3:Bucket is required for the s3 source.",
        }));
    }

    private static WebApplicationFactory<Program> Host(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // Never reached: validation stops the host before the database, the broker or any hosted service is touched.
            builder.UseSetting("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Database=unused");
            builder.UseSetting("ConnectionStrings:RabbitMQ", "amqp://unused:unused@127.0.0.1:1/");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
