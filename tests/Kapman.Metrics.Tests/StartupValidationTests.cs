using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace Kapman.Metrics.Tests;

/// <summary>
/// The metrics service has no settings of its own (its window lengths are model constants, not configuration); the settings it
/// does read, ServiceDefaults' <c>Kapman:Outbox</c>, are validated when its host starts: a bad one stops it before it connects to
/// anything (so no server is needed), with a message that names the setting.
/// </summary>
public sealed class StartupValidationTests
{
    [Test]
    public void A_bad_outbox_setting_stops_the_host_at_start_naming_it()
    {
        using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // Never reached: validation stops the host before the database, the broker or any hosted service is touched.
            builder.UseSetting("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Database=unused");
            builder.UseSetting("ConnectionStrings:RabbitMQ", "amqp://unused:unused@127.0.0.1:1/");
            builder.UseSetting("Kapman:Outbox:RetentionDays", "-1");
        });

        var thrown = Assert.Throws<OptionsValidationException>(() => _ = host.Server);

        Assert.That(thrown!.Message, Does.Contain("RetentionDays"));
    }
}
