using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Npgsql;

namespace Kapman.AppHost.Tests;

/// <summary>What each resource of the suite gets from the AppHost: ports, logins, the gateway's credentials, ordering.</summary>
public class SuiteModelTests
{
    private static readonly string[] Services = ["ingestion", "options", "metrics", "wyckoff", "recommendation", "execution", "notification"];

    [Test]
    public async Task The_model_holds_the_seven_services_the_web_the_gateway_and_the_three_servers()
    {
        await using var builder = await SuiteModel.BuildAsync();

        Assert.Multiple(() =>
        {
            Assert.That(builder.Resources.OfType<ProjectResource>().Select(r => r.Name), Is.EquivalentTo(Services.Append("web").Append("gateway")));
            Assert.That(builder.Resources.OfType<ConnectionStringResource>().Select(r => r.Name), Is.EquivalentTo(new[] { "postgres", "rabbitmq", "smtp" }));
        });
    }

    [Test]
    public async Task Every_service_listens_on_its_spine_port_and_gets_both_logins_and_the_data_root()
    {
        await using var builder = await SuiteModel.BuildAsync("--KAPMAN_DB_PASSWORD=db-secret");
        var expectedPorts = new Dictionary<string, int>
        {
            ["ingestion"] = 5101, ["options"] = 5102, ["metrics"] = 5103, ["wyckoff"] = 5104,
            ["recommendation"] = 5105, ["execution"] = 5106, ["notification"] = 5107, ["web"] = 5100,
        };

        foreach (var (name, port) in expectedPorts)
        {
            var env = await SuiteModel.EnvironmentOfAsync(builder, name);
            var endpoint = builder.Resources.OfType<ProjectResource>().Single(r => r.Name == name)
                .Annotations.OfType<EndpointAnnotation>().Single();
            var login = new NpgsqlConnectionStringBuilder(env["ConnectionStrings__Postgres"]);
            Assert.Multiple(() =>
            {
                Assert.That((endpoint.Port, endpoint.IsProxied), Is.EqualTo(((int?)port, false)), name);
                Assert.That((login.Host, login.Username, login.Password), Is.EqualTo(("127.0.0.1", "kapman_app", "db-secret")), name + ": the app role over TCP, never the administrator");
                Assert.That(env["ConnectionStrings__RabbitMQ"], Is.EqualTo("amqp://kapman:mq-secret@127.0.0.1:5672/"), name);
                Assert.That(env["Kapman__Data__Root"], Is.EqualTo("/data"), name);
            });
        }
    }

    [Test]
    public async Task Every_api_service_gets_the_runs_gateway_token_and_the_web_gets_the_key_instead()
    {
        await using var builder = await SuiteModel.BuildAsync();
        var tokens = new List<string>();
        foreach (var name in Services)
        {
            tokens.Add((await SuiteModel.EnvironmentOfAsync(builder, name))["KAPMAN_GATEWAY_TOKEN"]);
        }

        var web = await SuiteModel.EnvironmentOfAsync(builder, "web");
        var gateway = await SuiteModel.EnvironmentOfAsync(builder, "gateway");
        Assert.Multiple(() =>
        {
            Assert.That(tokens.Distinct().Single(), Does.Match("^[0-9a-f]{64}$"), "one random token per run");
            Assert.That(gateway["KAPMAN_GATEWAY_TOKEN"], Is.EqualTo(tokens[0]));
            Assert.That(gateway["KAPMAN_API_KEY"], Is.EqualTo(SuiteModel.ApiKey));
            Assert.That(web.ContainsKey("KAPMAN_GATEWAY_TOKEN"), Is.False, "browsers post the web's forms and cannot carry the token");
            Assert.That(web["KAPMAN_API_KEY"], Is.EqualTo(SuiteModel.ApiKey));
            Assert.That(web["Kapman__GatewayUrl"], Is.EqualTo("http://127.0.0.1:8080"));
        });
    }

    [Test]
    public async Task Execution_and_notification_get_the_operator_key_and_the_other_services_do_not()
    {
        await using var builder = await SuiteModel.BuildAsync();

        var execution = await SuiteModel.EnvironmentOfAsync(builder, "execution");
        var notification = await SuiteModel.EnvironmentOfAsync(builder, "notification");
        Assert.Multiple(async () =>
        {
            Assert.That(execution["KAPMAN_API_KEY"], Is.EqualTo(SuiteModel.ApiKey), "a kill-switch reset and a live order");
            Assert.That(notification["KAPMAN_API_KEY"], Is.EqualTo(SuiteModel.ApiKey), "a Telegram Approve goes through the gateway with it");
            Assert.That(notification["Kapman__Telegram__GatewayUrl"], Is.EqualTo("http://127.0.0.1:8080"));
            foreach (var name in new[] { "ingestion", "options", "metrics", "wyckoff", "recommendation" })
            {
                Assert.That((await SuiteModel.EnvironmentOfAsync(builder, name)).ContainsKey("KAPMAN_API_KEY"), Is.False, name);
            }
        });
    }

    [Test]
    public async Task Two_runs_get_different_gateway_tokens()
    {
        await using var first = await SuiteModel.BuildAsync();
        await using var second = await SuiteModel.BuildAsync();

        Assert.That(
            (await SuiteModel.EnvironmentOfAsync(first, "ingestion"))["KAPMAN_GATEWAY_TOKEN"],
            Is.Not.EqualTo((await SuiteModel.EnvironmentOfAsync(second, "ingestion"))["KAPMAN_GATEWAY_TOKEN"]));
    }

    [Test]
    public async Task Only_notification_gets_the_smtp_server()
    {
        await using var builder = await SuiteModel.BuildAsync("--Kapman:Smtp:Host=mail.test", "--Kapman:Smtp:Port=2626");

        var notification = await SuiteModel.EnvironmentOfAsync(builder, "notification");
        var metrics = await SuiteModel.EnvironmentOfAsync(builder, "metrics");
        Assert.Multiple(() =>
        {
            Assert.That((notification["Kapman__Smtp__Host"], notification["Kapman__Smtp__Port"]), Is.EqualTo(("mail.test", "2626")));
            Assert.That(metrics.Keys.Where(k => k.StartsWith("Kapman__Smtp", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public async Task Only_ingestion_gets_the_daily_schedule_and_only_when_the_operator_sets_it()
    {
        await using var on = await SuiteModel.BuildAsync("--Kapman:Ingestion:Schedule:Enabled=true", "--Kapman:Ingestion:Schedule:StartAt=17:15");
        await using var off = await SuiteModel.BuildAsync();

        var ingestion = await SuiteModel.EnvironmentOfAsync(on, "ingestion");
        var wyckoff = await SuiteModel.EnvironmentOfAsync(on, "wyckoff");
        var unset = await SuiteModel.EnvironmentOfAsync(off, "ingestion");
        Assert.Multiple(() =>
        {
            Assert.That((ingestion["Kapman__Ingestion__Schedule__Enabled"], ingestion["Kapman__Ingestion__Schedule__StartAt"]), Is.EqualTo(("true", "17:15")));
            Assert.That(wyckoff.Keys.Where(k => k.StartsWith("Kapman__Ingestion__Schedule", StringComparison.Ordinal)), Is.Empty);
            Assert.That(unset.Keys.Where(k => k.StartsWith("Kapman__Ingestion__Schedule", StringComparison.Ordinal)), Is.Empty, "off by default");
        });
    }

    [Test]
    public async Task Services_wait_for_the_database_and_the_broker_and_the_gateway_waits_for_every_service()
    {
        await using var builder = await SuiteModel.BuildAsync();
        static IEnumerable<string> WaitsOf(IResource resource) => resource.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name);

        var gateway = builder.Resources.Single(r => r.Name == "gateway");
        Assert.Multiple(() =>
        {
            foreach (var service in builder.Resources.OfType<ProjectResource>().Where(r => r.Name != "gateway"))
            {
                Assert.That(WaitsOf(service), Is.SupersetOf(new[] { "postgres", "rabbitmq" }), service.Name);
            }

            Assert.That(WaitsOf(gateway), Is.EquivalentTo(Services.Append("web")));
        });
    }

    [Test]
    public void Without_an_api_key_the_apphost_refuses_to_build_with_a_clear_message()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await Aspire.Hosting.Testing.DistributedApplicationTestingBuilder.CreateAsync<Projects.Kapman_AppHost>(
                ["--ConnectionStrings:RabbitMQ=amqp://kapman:x@127.0.0.1:5672/"]));

        Assert.That(error!.Message, Does.Contain("KAPMAN_API_KEY is not set"));
    }
}
