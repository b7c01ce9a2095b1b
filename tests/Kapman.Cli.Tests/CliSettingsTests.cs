using System.Runtime.Versioning;
using Kapman.Cli.Cli;
using Kapman.AppHost.Suite;

namespace Kapman.Cli.Tests;

public class CliSettingsTests
{
    private string repo = null!;

    [SetUp]
    public void CreateRepo() => repo = Directory.CreateTempSubdirectory("kapman-settings-").FullName;

    [TearDown]
    public void DeleteRepo() => Directory.Delete(repo, recursive: true);

    private CliSettings Settings(Dictionary<string, string> env) => new(repo, name => env.GetValueOrDefault(name));

    [Test]
    public void Data_root_prefers_the_option_then_the_environment_then_the_sample()
    {
        var withEnv = Settings(new() { ["Kapman__Data__Root"] = "/srv/data" });
        var bare = Settings([]);

        Assert.Multiple(() =>
        {
            Assert.That(withEnv.DataRoot("/opt/other"), Is.EqualTo("/opt/other"));
            Assert.That(withEnv.DataRoot(null), Is.EqualTo("/srv/data"));
            Assert.That(bare.DataRoot(null), Is.EqualTo(Path.Combine(repo, "data", "sample")));
            Assert.That(bare.DataRoot("rel"), Is.EqualTo(Path.Combine(Directory.GetCurrentDirectory(), "rel")));
        });
    }

    [Test]
    public void Connection_strings_default_to_the_spine_values_and_blank_env_counts_as_unset()
    {
        var settings = Settings(new() { ["ConnectionStrings__Postgres"] = " ", ["ConnectionStrings__RabbitMQ"] = "amqp://u:p@mq:5673/" });

        Assert.Multiple(() =>
        {
            Assert.That(settings.PostgresConnectionString, Is.EqualTo("Host=/var/run/postgresql;Port=5432;Database=kapman;Username=postgres"),
                "the superuser by peer login over the socket: no password");
            Assert.That(settings.RabbitMqConnectionString, Is.EqualTo("amqp://u:p@mq:5673/"));
            Assert.That(settings.Smtp, Is.EqualTo(("127.0.0.1", 2525)));
        });
    }

    [Test]
    public void The_local_broker_is_reached_as_the_suites_own_user_never_guest()
    {
        var local = Settings(new() { ["KAPMAN_RABBITMQ_PASSWORD"] = "p@ss:word" });
        var none = Settings([]);

        Assert.That(local.RabbitMqConnectionString, Is.EqualTo("amqp://kapman:p%40ss%3Aword@127.0.0.1:5672/"));
        Assert.That(() => none.RabbitMqConnectionString, Throws.InvalidOperationException.With.Message.Contains("KAPMAN_RABBITMQ_PASSWORD"));
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    public void Issued_keys_are_random_hex_stored_with_mode_600_and_read_back()
    {
        var settings = Settings([]);

        var first = settings.IssueApiKey();
        var path = SuiteLayout.ApiKeyPath(repo);
        var mode = File.GetUnixFileMode(path);
        var readBack = settings.ReadApiKey();
        var second = settings.IssueApiKey();

        Assert.Multiple(() =>
        {
            Assert.That(first, Does.Match("^[0-9a-f]{32}$"));
            Assert.That(mode, Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(readBack, Is.EqualTo(first));
            Assert.That(second, Is.Not.EqualTo(first));
            Assert.That(settings.ReadApiKey(), Is.EqualTo(second));
        });
    }

    [Test]
    public void The_environment_key_wins_and_is_not_written_to_disk()
    {
        var settings = Settings(new() { ["KAPMAN_API_KEY"] = "from-env" });

        Assert.Multiple(() =>
        {
            Assert.That(settings.IssueApiKey(), Is.EqualTo("from-env"));
            Assert.That(settings.ReadApiKey(), Is.EqualTo("from-env"));
            Assert.That(File.Exists(SuiteLayout.ApiKeyPath(repo)), Is.False);
        });
    }

    [Test]
    public void Without_env_or_file_there_is_no_key()
    {
        Assert.That(Settings([]).ReadApiKey(), Is.Null);
    }

    [Test]
    public void App_role_password_is_generated_once_and_reused_but_absent_for_a_configured_database()
    {
        var first = Settings([]).AppRolePassword();
        var second = Settings([]).AppRolePassword();

        Assert.That(first, Has.Length.EqualTo(32));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(Settings(new() { ["KAPMAN_DB_PASSWORD"] = "from-env" }).AppRolePassword(), Is.EqualTo("from-env"));
        Assert.That(Settings(new() { ["ConnectionStrings__Postgres"] = "Host=managed;Username=svc" }).AppRolePassword(), Is.Null);
    }
}
