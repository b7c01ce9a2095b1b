using System.Text.Json;

namespace Kapman.ServiceDefaults.Tests.Security;

/// <summary>
/// Every host ships with AllowedHosts limited to loopback names, so a page that rebinds its own DNS name to 127.0.0.1
/// cannot talk to a service port (its requests carry the page's host name). Deployments add their names through the
/// <c>AllowedHosts</c> environment variable.
/// </summary>
public class AllowedHostsTests
{
    private static IEnumerable<string> AppSettings() =>
        Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "services"), "appsettings.json", SearchOption.AllDirectories)
            .Append(Path.Combine(RepoFiles.Root, "web", "Kapman.Web", "appsettings.json"))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepoFiles.Root, path));

    [Test]
    public void Every_service_and_the_web_are_found() => Assert.That(AppSettings().Count(), Is.EqualTo(8));

    [TestCaseSource(nameof(AppSettings))]
    public void AllowedHosts_is_loopback_only(string relativePath)
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoFiles.Root, relativePath)));

        Assert.That(settings.RootElement.GetProperty("AllowedHosts").GetString(), Is.EqualTo(CredentialTestApp.LoopbackHosts));
    }
}
