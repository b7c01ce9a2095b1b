using Kapman.Cli.Suite;

namespace Kapman.Cli.Tests;

public class SuiteEnvironmentTests
{
    private static readonly SuiteOptions Options = new(
        "/repo", "/data", "key", "Host=127.0.0.1;Database=kapman", "amqp://guest:guest@127.0.0.1:5672/", "127.0.0.1", 2525);

    [Test]
    public void Every_service_gets_its_url_connection_strings_and_data_root()
    {
        var env = SuiteEnvironment.For(SuiteLayout.Find("ingestion"), Options);

        Assert.That(env, Is.EqualTo(new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:5101",
            ["ConnectionStrings__Postgres"] = "Host=127.0.0.1;Database=kapman",
            ["ConnectionStrings__RabbitMQ"] = "amqp://guest:guest@127.0.0.1:5672/",
            ["Kapman__Data__Root"] = "/data",
            ["KAPMAN_GATEWAY_TOKEN"] = Options.GatewayToken,
        }));
    }

    [Test]
    public void Every_api_service_gets_the_suites_gateway_token_and_the_web_does_not()
    {
        var api = SuiteLayout.Services.Where(s => !s.IsWeb).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(api, Has.Count.EqualTo(7));
            Assert.That(api.Select(s => SuiteEnvironment.For(s, Options)["KAPMAN_GATEWAY_TOKEN"]), Is.All.EqualTo(Options.GatewayToken));
            Assert.That(SuiteEnvironment.For(SuiteLayout.Find("web"), Options).ContainsKey("KAPMAN_GATEWAY_TOKEN"), Is.False);
        });
    }

    [Test]
    public void Each_suite_gets_its_own_random_gateway_token()
    {
        var other = new SuiteOptions("/repo", "/data", "key", "Host=127.0.0.1;Database=kapman", "amqp://guest:guest@127.0.0.1:5672/", "127.0.0.1", 2525);

        Assert.Multiple(() =>
        {
            Assert.That(Options.GatewayToken, Does.Match("^[0-9a-f]{64}$"));
            Assert.That(other.GatewayToken, Is.Not.EqualTo(Options.GatewayToken));
            Assert.That((Options with { DataRoot = "/other" }).GatewayToken, Is.EqualTo(Options.GatewayToken));
        });
    }

    [Test]
    public void With_a_managed_app_role_services_log_in_as_kapman_app_not_as_the_administrator()
    {
        var env = SuiteEnvironment.For(SuiteLayout.Find("metrics"), Options with { PostgresConnectionString = "Host=db;Database=kapman;Username=postgres;Password=admin", AppRolePassword = "s3cret" });
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(env["ConnectionStrings__Postgres"]);

        Assert.That((connection.Host, connection.Database, connection.Username, connection.Password), Is.EqualTo(("db", "kapman", "kapman_app", "s3cret")));
    }

    [Test]
    public void With_the_superusers_socket_login_the_app_role_connects_over_tcp_with_its_password()
    {
        var env = SuiteEnvironment.For(SuiteLayout.Find("metrics"), Options with
        {
            PostgresConnectionString = "Host=/var/run/postgresql;Port=5432;Database=kapman;Username=postgres", AppRolePassword = "s3cret",
        });
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(env["ConnectionStrings__Postgres"]);

        Assert.That((connection.Host, connection.Port, connection.Username, connection.Password), Is.EqualTo(("127.0.0.1", 5432, "kapman_app", "s3cret")));
    }

    [Test]
    public void Notification_gets_the_smtp_endpoint()
    {
        var env = SuiteEnvironment.For(SuiteLayout.Find("notification"), Options);

        Assert.Multiple(() =>
        {
            Assert.That(env["Kapman__Smtp__Host"], Is.EqualTo("127.0.0.1"));
            Assert.That(env["Kapman__Smtp__Port"], Is.EqualTo("2525"));
        });
    }

    [Test]
    public void Without_an_smtp_host_notification_gets_no_smtp_settings()
    {
        var env = SuiteEnvironment.For(SuiteLayout.Find("notification"), Options with { SmtpHost = null, SmtpPort = null });

        Assert.That(env.Keys, Has.None.StartsWith("Kapman__Smtp__"));
    }

    [Test]
    public void Only_the_web_gets_the_gateway_url()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SuiteEnvironment.For(SuiteLayout.Find("web"), Options)["Kapman__GatewayUrl"], Is.EqualTo("http://127.0.0.1:8080"));
            Assert.That(SuiteEnvironment.For(SuiteLayout.Find("recommendation"), Options).ContainsKey("Kapman__GatewayUrl"), Is.False);
        });
    }

    [Test]
    public void Printing_the_options_shows_no_secret()
    {
        var options = Options with
        {
            ApiKey = "api-key-secret", PostgresConnectionString = "Host=db;Database=kapman;Username=postgres;Password=pg-secret",
            RabbitMqConnectionString = "amqp://kapman:mq-secret@mq:5672/", AppRolePassword = "role-secret", GatewayToken = "token-secret",
        };

        var printed = options.ToString();

        Assert.That(printed, Does.Not.Contain("secret"));
        Assert.That(printed, Does.Contain("db").And.Contain("mq").And.Contain("/data"));
    }
}
