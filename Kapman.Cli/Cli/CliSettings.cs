using System.Globalization;
using System.Security.Cryptography;
using Kapman.AppHost.Suite;

namespace Kapman.Cli.Cli;

/// <summary>
/// Where the CLI finds its settings: environment variables first (same names as the services use), then the
/// files under <c>&lt;repo&gt;/.kapman</c>, then the spine contract's local defaults.
/// </summary>
/// <param name="repoRoot">Folder holding Kapman.sln.</param>
/// <param name="environment">Environment lookup (blank values count as unset).</param>
internal sealed class CliSettings(string repoRoot, Func<string, string?> environment)
{
    /// <summary>The local superuser by peer login over the Unix socket (deploy/start-infra.sh): no password exists to leak.</summary>
    public const string DefaultPostgres = "Host=/var/run/postgresql;Port=5432;Database=kapman;Username=postgres";

    /// <summary>The suite's RabbitMQ user on the local broker; its password comes from <c>KAPMAN_RABBITMQ_PASSWORD</c>.</summary>
    public const string RabbitMqUser = "kapman";
    public const string DefaultSmtpHost = "127.0.0.1";
    public const int DefaultSmtpPort = 2525;

    public string RepoRoot { get; } = repoRoot;

    public string PostgresConnectionString => Env("ConnectionStrings__Postgres") ?? DefaultPostgres;

    /// <summary>
    /// <c>ConnectionStrings__RabbitMQ</c>, else the local broker as <see cref="RabbitMqUser"/> with the password in
    /// <c>KAPMAN_RABBITMQ_PASSWORD</c> (kapman.sh exports it from the file deploy/start-infra.sh writes).
    /// </summary>
    /// <exception cref="InvalidOperationException">Neither variable is set.</exception>
    public string RabbitMqConnectionString => Env("ConnectionStrings__RabbitMQ")
        ?? (Env("KAPMAN_RABBITMQ_PASSWORD") is { } password
            ? $"amqp://{RabbitMqUser}:{Uri.EscapeDataString(password)}@127.0.0.1:5672/"
            : throw new InvalidOperationException(
                "No RabbitMQ credentials: set ConnectionStrings__RabbitMQ, or KAPMAN_RABBITMQ_PASSWORD (./kapman.sh exports it from /var/lib/kapman/rabbitmq-password, written by deploy/start-infra.sh)."));

    /// <summary>SMTP endpoint to probe: <c>Kapman__Smtp__Host/Port</c>, else the local aiosmtpd sink 127.0.0.1:2525.</summary>
    public (string Host, int Port) Smtp => (
        Env("Kapman__Smtp__Host") ?? DefaultSmtpHost,
        int.TryParse(Env("Kapman__Smtp__Port"), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : DefaultSmtpPort);

    /// <summary>Settings for this process: the repo holding the running binary (else the current folder's) and the real environment.</summary>
    /// <exception cref="DirectoryNotFoundException">Neither location is inside a Kapman checkout.</exception>
    public static CliSettings FromEnvironment()
    {
        string root;
        try
        {
            root = SuiteLayout.FindRepoRoot(AppContext.BaseDirectory);
        }
        catch (DirectoryNotFoundException)
        {
            root = SuiteLayout.FindRepoRoot(Directory.GetCurrentDirectory());
        }

        return new CliSettings(root, Environment.GetEnvironmentVariable);
    }

    /// <summary>Absolute data root: <paramref name="option"/>, else <c>Kapman__Data__Root</c>, else <c>&lt;repo&gt;/data/sample</c>.</summary>
    /// <param name="option">The <c>--data-root</c> value; relative paths are taken from the current folder.</param>
    public string DataRoot(string? option) =>
        Path.GetFullPath(Blank(option) ?? Env("Kapman__Data__Root") ?? SuiteLayout.DefaultDataRoot(RepoRoot));

    /// <summary>The API key for calls: <c>KAPMAN_API_KEY</c>, else <c>.kapman/api-key</c>, else null.</summary>
    public string? ReadApiKey()
    {
        var path = SuiteLayout.ApiKeyPath(RepoRoot);
        return Env("KAPMAN_API_KEY") ?? (File.Exists(path) ? Blank(File.ReadAllText(path).Trim()) : null);
    }

    /// <summary>
    /// The API key for a new suite: <c>KAPMAN_API_KEY</c> when set, else a fresh 32-hex-digit key written to
    /// <c>.kapman/api-key</c> with mode 600.
    /// </summary>
    public string IssueApiKey()
    {
        if (Env("KAPMAN_API_KEY") is { } fromEnvironment)
        {
            return fromEnvironment;
        }

        var key = RandomNumberGenerator.GetHexString(32, lowercase: true);
        WritePrivate(SuiteLayout.ApiKeyPath(RepoRoot), key);
        return key;
    }

    /// <summary>
    /// Password of the services' <c>kapman_app</c> role when the suite manages the local database's roles, that is
    /// when <c>ConnectionStrings__Postgres</c> is not set: <c>KAPMAN_DB_PASSWORD</c>, else the one generated into
    /// <c>.kapman/db-password</c> (mode 600) on first use and reused after. Null for a configured database.
    /// </summary>
    public string? AppRolePassword()
    {
        if (Env("ConnectionStrings__Postgres") is not null)
        {
            return null;
        }

        if (Env("KAPMAN_DB_PASSWORD") is { } fromEnvironment)
        {
            return fromEnvironment;
        }

        var path = Path.Combine(RepoRoot, ".kapman", "db-password");
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        var password = RandomNumberGenerator.GetHexString(32, lowercase: true);
        WritePrivate(path, password);
        return password;
    }

    private static void WritePrivate(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, options);
        writer.Write(content);
    }

    private string? Env(string name) => Blank(environment(name));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
