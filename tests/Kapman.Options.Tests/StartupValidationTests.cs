using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace Kapman.Options.Tests;

/// <summary>
/// A bad <c>Kapman:Options</c> setting stops the options host while it starts, before it connects to anything (so no server is
/// needed), with a message that names the key.
/// </summary>
public sealed class StartupValidationTests
{
    [TestCase("Kapman:Options:AmericanTreeSteps", "1", "Kapman:Options:AmericanTreeSteps must be in 2..2000")]
    [TestCase("Kapman:Options:AmericanTreeSteps", "2001", "Kapman:Options:AmericanTreeSteps must be in 2..2000")]
    [TestCase("Kapman:Options:ContractRetentionDays", "-1", "Kapman:Options:ContractRetentionDays must be ≥ 0")]
    [TestCase("Kapman:Options:EarlyExerciseTolerance", "-0.001", "Kapman:Options:EarlyExerciseTolerance must be ≥ 0")]
    [TestCase("Kapman:Options:Polygon:BaseUrl", "ftp://api.polygon.io", "Kapman:Options:Polygon:BaseUrl must be an absolute http(s) URL")]
    public void A_bad_setting_stops_the_host_at_start_naming_the_key(string key, string value, string expected)
    {
        using var host = Host((key, value));

        var thrown = Assert.Throws<OptionsValidationException>(() => _ = host.Server);

        Assert.That(thrown!.Message, Does.Contain(expected));
    }

    [TestCase("0")]
    [TestCase("257")]
    [TestCase("four")]
    public void A_shard_count_outside_1_to_256_stops_the_host_at_start_naming_the_key(string value)
    {
        using var host = Host(("Kapman:Options:Shards", value));

        var thrown = Assert.Throws<InvalidOperationException>(() => _ = host.Server);

        Assert.That(thrown!.Message, Is.EqualTo($"Kapman:Options:Shards must be a whole number from 1 to 256; it is '{value}'."));
    }

    [Test]
    public void Tree_steps_are_not_checked_while_american_pricing_is_off()
    {
        // The tree is not used then, so its step count cannot be wrong (as before typed options).
        using var host = Host(("Kapman:Options:AmericanPricing", "false"), ("Kapman:Options:AmericanTreeSteps", "1"), ("Kapman:Options:ContractRetentionDays", "-1"));

        var thrown = Assert.Throws<OptionsValidationException>(() => _ = host.Server);

        Assert.That(thrown!.Failures, Has.Exactly(1).Items);
        Assert.That(thrown.Message, Does.Contain("Kapman:Options:ContractRetentionDays").And.Not.Contain("AmericanTreeSteps"));
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
