using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Kapman.Architecture.Tests;

/// <summary>
/// Project boundaries (issue 17 item 4): no project of a service (host or core) references a project of another service
/// (what two services share lives in a library under <c>shared/</c>), no service redeclares a type of the shared libraries,
/// the shared libraries depend on no service, and ServiceDefaults is plumbing only (hosting, messaging, data access,
/// telemetry): no market-data domain type lives there.
/// </summary>
public partial class ProjectBoundaryTests
{
    [Test]
    public void No_service_project_references_a_project_of_another_service()
    {
        var projects = Projects("services").Where(p => ServiceOf(p) is not null).ToList();
        var violations = projects
            .SelectMany(p => References(p).Where(r => ServiceOf(r) is { } other && other != ServiceOf(p)).Select(r => $"{Relative(p)} -> {Relative(r)}"))
            .ToList();

        Assert.That(projects, Has.Count.GreaterThanOrEqualTo(14), "a guard on the guard: every service has a host and a core");
        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void No_service_redeclares_a_type_of_the_shared_libraries()
    {
        var sharedTypes = SourceFiles(Path.Combine(RepoFiles.Root, "shared")).SelectMany(f => DeclaredTypes(File.ReadAllText(f))).ToHashSet(StringComparer.Ordinal);
        var duplicates = SourceFiles(Path.Combine(RepoFiles.Root, "services"))
            .SelectMany(f => DeclaredTypes(File.ReadAllText(f)).Where(sharedTypes.Contains).Select(t => $"{Relative(f)}: {t}"))
            .ToList();

        Assert.That(sharedTypes, Does.Contain("OptionRight").And.Contain("OccSymbol"), "a guard on the guard: the shared types are found");
        Assert.That(duplicates, Is.Empty);
    }

    [Test]
    public void The_shared_libraries_reference_no_service_and_not_service_defaults()
    {
        var shared = Projects("shared").ToList();
        var violations = shared
            .SelectMany(p => References(p).Where(r => !Relative(r).StartsWith("shared/", StringComparison.Ordinal)).Select(r => $"{Relative(p)} -> {Relative(r)}"))
            .ToList();

        Assert.That(shared.Select(p => Path.GetFileNameWithoutExtension(p)), Is.SupersetOf(new[] { "Kapman.MarketData", "Kapman.Indicators", "Kapman.OptionMath" }));
        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void Service_defaults_holds_no_market_data_domain_code()
    {
        var root = Path.Combine(RepoFiles.Root, "Kapman.ServiceDefaults");
        var sources = SourceFiles(root).ToList();
        var domainFolders = Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
            .Where(d => Path.GetFileName(d) is "MarketData" or "Calendar" or "Indicators" or "Options")
            .Select(d => Path.GetRelativePath(RepoFiles.Root, d));
        var sharedTypes = SourceFiles(Path.Combine(RepoFiles.Root, "shared")).SelectMany(f => DeclaredTypes(File.ReadAllText(f))).ToHashSet(StringComparer.Ordinal);
        var domainTypes = sources
            .SelectMany(f => DeclaredTypes(File.ReadAllText(f)).Where(t => sharedTypes.Contains(t) || DomainName().IsMatch(t)).Select(t => $"{Path.GetRelativePath(RepoFiles.Root, f)}: {t}"));

        Assert.That(sources, Is.Not.Empty, "a guard on the guard: ServiceDefaults has sources");
        Assert.That(sharedTypes, Does.Contain("Bar").And.Contain("OccSymbol").And.Contain("NyseCalendar"), "a guard on the guard: the shared types are found");
        Assert.That(domainFolders, Is.Empty);
        Assert.That(domainTypes, Is.Empty);
    }

    [TestCase("public sealed record MarketBar(string Ticker, DateOnly SessionDate);", "MarketBar", true)]
    [TestCase("public static class MarketToday", "MarketToday", true)]
    [TestCase("public readonly record struct OccSymbol(string Underlying)", "OccSymbol", true)]
    [TestCase("internal sealed class OutboxRelay : BackgroundService", "OutboxRelay", false)]
    [TestCase("public sealed class OutboxOptions", "OutboxOptions", false)]
    public void The_domain_scan_finds_what_it_must(string declaration, string type, bool domain)
    {
        Assert.That(DeclaredTypes(declaration), Is.EqualTo(new[] { type }));
        Assert.That(DomainName().IsMatch(type), Is.EqualTo(domain));
    }

    /// <summary>The service folder (<c>services/&lt;Service&gt;/</c>) a project lives in, else null.</summary>
    private static string? ServiceOf(string project) =>
        Relative(project).Split('/') is ["services", var service, _, ..] ? service : null;

    private static IEnumerable<string> Projects(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, folder), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>The full paths of the projects <paramref name="project"/> references.</summary>
    private static IEnumerable<string> References(string project) =>
        XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, r.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar))));

    private static string Relative(string path) => Path.GetRelativePath(RepoFiles.Root, path).Replace('\\', '/');

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static IEnumerable<string> DeclaredTypes(string source) =>
        TypeDeclaration().Matches(source).Select(m => m.Groups["name"].Value);

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+(?<name>[A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    /// <summary>Names of the market-data vocabulary: bars, tickers, sessions and calendars, options and their symbols, indicators.</summary>
    [GeneratedRegex(@"Bar|Ticker|Market|Session|Calendar|Holiday|Occ|OptionRight|Option(?:Chain|Quote|Contract)|Greeks|Indicator|Volatility")]
    private static partial Regex DomainName();
}
