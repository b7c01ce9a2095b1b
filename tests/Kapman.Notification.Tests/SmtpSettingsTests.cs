using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Notification.Tests;

/// <summary>An invalid <c>Kapman:Smtp</c> value stops the Notification host at start with a message naming its key.</summary>
public sealed class SmtpSettingsTests
{
    [TestCase("Kapman:Smtp:Port", "0")]
    [TestCase("Kapman:Smtp:Port", "70000")]
    [TestCase("Kapman:Smtp:TimeoutSeconds", "0")]
    [TestCase("Kapman:Smtp:To", "desk")]
    [TestCase("Kapman:Smtp:From", "")]
    [TestCase("Kapman:Smtp:Port", "twenty-five")]
    public void A_bad_setting_stops_the_host_at_start(string key, string value)
    {
        using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // Never reached: validation runs before any hosted service connects.
            builder.UseSetting("ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Database=unused");
            builder.UseSetting("ConnectionStrings:RabbitMQ", "amqp://unused:unused@127.0.0.1:1/");
            builder.UseSetting(key, value);
        });

        var failure = Assert.Catch(() => host.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain(key));
    }
}
