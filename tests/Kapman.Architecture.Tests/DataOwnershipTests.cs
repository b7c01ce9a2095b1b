using System.Text.RegularExpressions;

namespace Kapman.Architecture.Tests;

/// <summary>
/// Each service reads only its own schema (issue 17 §1): its SQL may name its own schema, and another service's data only
/// through a read contract the owner publishes, a view <c>&lt;schema&gt;_api.&lt;name&gt;</c> created by the owner's
/// migrations. ServiceDefaults, the web and the shared libraries name no service schema but read contracts. Tests are not scanned: they stand in
/// for other services.
/// </summary>
public partial class DataOwnershipTests
{
    [Test]
    public void No_service_names_another_services_schema_other_than_a_published_read_contract()
    {
        var published = PublishedContracts();
        var violations = ServiceFiles().SelectMany(f => Violations(f.Owner, SqlNameScanner.Scan(f.Path, f.Text), published)).ToList();

        TestContext.Out.WriteLine($"Cross-schema references outside a published read contract: {violations.Count}");
        foreach (var violation in violations)
        {
            TestContext.Out.WriteLine(violation);
        }

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void The_read_contracts_are_published_by_their_owners_migrations()
    {
        // A guard on the guard: if the scan found no contract at all, the first test would pass vacuously for them.
        Assert.That(PublishedContracts(), Is.SupersetOf(new[] { "market_api.daily_bars_v1", "options_api.contracts_v1", "options_api.dealer_metrics_v1", "wyckoff_api.snapshots_v1" }));
    }

    [TestCase("Recommendation", "SELECT close FROM market.daily_bars WHERE ticker = @t", 1, TestName = "A read of another schema's table is a violation")]
    [TestCase("Wyckoff", "SELECT payload::text FROM metrics.outbox", 1, TestName = "A read of another schema's outbox is a violation")]
    [TestCase("Recommendation", "SELECT close FROM market_api.daily_bars_v1", 0, TestName = "A published read contract is allowed")]
    [TestCase("Recommendation", "SELECT close FROM market_api.daily_bars_v9", 1, TestName = "An unpublished contract version is a violation")]
    [TestCase("Ingestion", "SELECT close FROM market.daily_bars", 0, TestName = "The owner may read its own schema")]
    [TestCase("Options", "/// reads <c>metrics.indicators</c>", 0, TestName = "A comment is not SQL")]
    [TestCase("Options", "var x = options.Convention;", 0, TestName = "C# member access is not SQL")]
    [TestCase("", "SELECT close FROM market.daily_bars", 1, TestName = "ServiceDefaults owns no schema")]
    public void The_scan_finds_what_it_must(string owner, string line, int expected)
    {
        var references = SqlNameScanner.Scan("x.cs", line);

        Assert.That(Violations(owner, references, new HashSet<string>(StringComparer.Ordinal) { "market_api.daily_bars_v1" }).Count(), Is.EqualTo(expected));
    }

    private static IEnumerable<SchemaReference> Violations(string owner, IEnumerable<SchemaReference> references, HashSet<string> published)
    {
        ServiceSchemas.Owned.TryGetValue(owner, out var own);
        return references.Where(r => r.Schema != own
            && !(r.Schema.EndsWith("_api", StringComparison.Ordinal) && (r.Schema == own + "_api" || published.Contains($"{r.Schema}.{r.Name}"))));
    }

    /// <summary>Every view <c>x_api.name</c> created by the migrations of the service owning <c>x</c>.</summary>
    private static HashSet<string> PublishedContracts()
    {
        var published = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (service, schema) in ServiceSchemas.Owned)
        {
            var migrations = Path.Combine(RepoFiles.Root, "services", service, $"Kapman.{service}", "Data", "Migrations");
            if (!Directory.Exists(migrations))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(migrations, "*.sql"))
            {
                foreach (Match match in ContractView().Matches(File.ReadAllText(file)))
                {
                    if (match.Groups["schema"].Value == schema)
                    {
                        published.Add($"{schema}_api.{match.Groups["name"].Value}");
                    }
                }
            }
        }

        return published;
    }

    /// <summary>The C# and SQL files of the services, ServiceDefaults, the web and the shared libraries, with the service owning each ("" for none).</summary>
    private static IEnumerable<(string Owner, string Path, string Text)> ServiceFiles()
    {
        var roots = new List<(string Owner, string Dir)> { ("", "Kapman.ServiceDefaults"), ("", Path.Combine("web", "Kapman.Web")), ("", "shared") };
        roots.AddRange(ServiceSchemas.Owned.Keys.Select(s => (s, Path.Combine("services", s))));
        foreach (var (owner, dir) in roots)
        {
            var full = Path.Combine(RepoFiles.Root, dir);
            var files = Directory.EnumerateFiles(full, "*.cs", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(full, "*.sql", SearchOption.AllDirectories))
                .Concat(Directory.EnumerateFiles(full, "*.razor", SearchOption.AllDirectories))
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                yield return (owner, Path.GetRelativePath(RepoFiles.Root, file).Replace('\\', '/'), File.ReadAllText(file));
            }
        }
    }

    [GeneratedRegex(@"CREATE\s+(?:OR\s+REPLACE\s+)?VIEW\s+""?(?<schema>[a-z_]+)_api""?\.""?(?<name>[a-z_][a-z0-9_]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ContractView();
}
