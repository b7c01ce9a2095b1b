using Kapman.AppHost.Suite;
using Microsoft.Extensions.Configuration;

namespace Kapman.AppHost.Tests;

public class SuiteSettingsTests
{
    private static SuiteSettings Read(Dictionary<string, string?> values) =>
        SuiteSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), "/repo");

    [Test]
    public void The_broker_login_is_built_from_the_password_variable_when_no_connection_string_is_given()
    {
        var settings = Read(new() { ["KAPMAN_API_KEY"] = "k", ["KAPMAN_RABBITMQ_PASSWORD"] = "p@ss/word" });

        Assert.That(settings.RabbitMqConnectionString, Is.EqualTo("amqp://kapman:p%40ss%2Fword@127.0.0.1:5672/"));
    }

    [Test]
    public void A_given_services_login_is_used_as_is_and_no_role_password_is_set()
    {
        var settings = Read(new()
        {
            ["KAPMAN_API_KEY"] = "k",
            ["KAPMAN_RABBITMQ_PASSWORD"] = "p",
            ["ConnectionStrings:Postgres"] = "Host=db;Database=kapman;Username=svc;Password=x",
        });

        Assert.Multiple(() =>
        {
            Assert.That(settings.ServiceConnectionString, Is.EqualTo("Host=db;Database=kapman;Username=svc;Password=x"));
            Assert.That(settings.AppRolePassword, Is.Null);
        });
    }

    [Test]
    public void Printing_the_settings_shows_no_secret()
    {
        var settings = Read(new()
        {
            ["KAPMAN_API_KEY"] = "api-secret",
            ["KAPMAN_RABBITMQ_PASSWORD"] = "mq-secret",
            ["KAPMAN_DB_PASSWORD"] = "db-secret",
            ["KAPMAN_GATEWAY_TOKEN"] = "token-secret",
        });

        var text = settings.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("127.0.0.1"));
            foreach (var secret in new[] { "api-secret", "mq-secret", "db-secret", "token-secret" })
            {
                Assert.That(text, Does.Not.Contain(secret));
            }
        });
    }
}
