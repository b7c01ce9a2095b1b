using System.Text.RegularExpressions;

namespace Kapman.Architecture.Tests;

/// <summary>
/// Comments cite the domain rules in the repository (issue 17 §9): a comment citing a page of <c>docs/</c> with an anchor, or any
/// page of <c>docs/domain/</c>, names a page and heading that exist; no comment cites the design card or the domain index kept
/// outside the repository. (A bare <c>docs/ENVIRONMENT.md</c>, the machine notes beside the repository, is not checked.)
/// Seed sections stay as provenance beside the docs link (see docs/domain/CITATIONS.md). Scanned: comments of .cs, .js and
/// .sql files and the text of Markdown files; docs/domain itself may name the outside documents (its citation table does).
/// </summary>
public partial class DocCitationTests
{
    private static readonly string[] Extensions = [".cs", ".js", ".sql", ".md"];
    private static readonly string[] SkippedDirectories = ["bin", "obj", "node_modules", ".git"];

    [Test]
    public void No_comment_cites_a_document_outside_the_repository()
    {
        var found = SourceFiles()
            .Where(f => !f.Relative.StartsWith("docs/domain/", StringComparison.Ordinal))
            .SelectMany(f => CommentScanner.Comments(f.Text, f.Extension).SelectMany(c => OutsideDocument().Matches(c))
                .Select(m => $"{f.Relative}: {m.Value}"))
            .ToList();

        TestContext.Out.WriteLine($"Citations of documents outside the repository: {found.Count}");
        found.ForEach(TestContext.Out.WriteLine);
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void Every_cited_docs_page_and_anchor_exists()
    {
        var citations = SourceFiles()
            .SelectMany(f => CommentScanner.Comments(f.Text, f.Extension).SelectMany(c => DocsLink().Matches(c))
                .Select(m => (f.Relative, Page: m.Groups["page"].Value, Anchor: m.Groups["anchor"].Value)))
            .Where(c => c.Anchor.Length > 0 || c.Page.StartsWith("docs/domain/", StringComparison.Ordinal))
            .ToList();
        var broken = citations.Select(c => Problem(c.Page, c.Anchor) is { } problem ? $"{c.Relative}: {c.Page}#{c.Anchor}: {problem}" : null)
            .OfType<string>().ToList();

        TestContext.Out.WriteLine($"docs citations: {citations.Count}, broken: {broken.Count}");
        broken.ForEach(TestContext.Out.WriteLine);
        Assert.That(broken, Is.Empty);
    }

    [Test]
    public void Every_relative_link_between_the_domain_pages_resolves()
    {
        var domain = Path.Combine(RepoFiles.Root, "docs", "domain");
        var broken = Directory.GetFiles(domain, "*.md")
            .SelectMany(file => RelativeLink().Matches(File.ReadAllText(file))
                .Select(m => (File: Path.GetFileName(file), Page: "docs/domain/" + m.Groups["page"].Value, Anchor: m.Groups["anchor"].Value)))
            .Select(l => Problem(l.Page, l.Anchor) is { } problem ? $"{l.File}: {l.Page}#{l.Anchor}: {problem}" : null)
            .OfType<string>().ToList();

        broken.ForEach(TestContext.Out.WriteLine);
        Assert.That(broken, Is.Empty);
    }

    [Test]
    public void The_domain_pages_exist_with_their_anchors()
    {
        // A guard on the guards: without the pages every citation would be broken, and without anchors none could be checked.
        foreach (var page in new[] { "wyckoff-events-and-phases", "wyckoff-scores", "indicators", "options-metrics", "recommendations", "execution", "data-contracts", "architecture", "CITATIONS" })
        {
            Assert.That(Anchors($"docs/domain/{page}.md"), Is.Not.Null.And.Not.Empty, page);
        }

        Assert.That(Anchors("docs/domain/wyckoff-scores.md"), Does.Contain("decision-rules").And.Contain("bc-volume-explosion").And.Contain("spring-low-volume"));
    }

    [TestCase(".cs", "/// Rule of docs/domain/x.md#y (seed 000 §11.4).", 1, TestName = "A doc comment is a comment")]
    [TestCase(".cs", "var url = \"// not a comment\"; // but this is", 1, TestName = "A string holding // is not a comment")]
    [TestCase(".cs", "var s = @\"a \"\" // b\"; var t = 'x';", 0, TestName = "A verbatim string with a doubled quote is not a comment")]
    [TestCase(".cs", "var sql = \"\"\"\n  -- SELECT // x\n  \"\"\";", 0, TestName = "A raw string is not a comment")]
    [TestCase(".cs", "/* block\n   comment */ var x = 1;", 1, TestName = "A block comment is a comment")]
    [TestCase(".sql", "SELECT '--x' FROM t; -- note", 1, TestName = "A SQL string holding -- is not a comment")]
    public void The_scanner_finds_comments_only(string extension, string text, int expected)
    {
        Assert.That(CommentScanner.Comments(text, extension).Count(), Is.EqualTo(expected));
    }

    [TestCase("BC: Parabolic Price", "bc-parabolic-price")]
    [TestCase("market_api views", "market_api-views")]
    [TestCase("TEST: test of spring", "test-test-of-spring")]
    [TestCase("Positions and P&L", "positions-and-pl")]
    public void Anchors_follow_the_GitHub_rule(string heading, string anchor)
    {
        Assert.That(CommentScanner.Slug(heading), Is.EqualTo(anchor));
    }

    [TestCase("docs/domain/wyckoff-scores.md", "decision-rules", null)]
    [TestCase("docs/domain/wyckoff-scores.md", "no-such-rule", "no heading with this anchor")]
    [TestCase("docs/domain/no-such-page.md", "x", "no such file")]
    public void A_citation_is_checked_against_the_page_and_its_headings(string page, string anchor, string? expected)
    {
        Assert.That(Problem(page, anchor), Is.EqualTo(expected));
    }

    private static string? Problem(string page, string anchor) =>
        Anchors(page) is not { } anchors ? "no such file"
        : anchor.Length > 0 && !anchors.Contains(anchor) ? "no heading with this anchor"
        : null;

    /// <summary>The anchors of the headings of a Markdown page (duplicates numbered as GitHub does), or null when it does not exist.</summary>
    private static HashSet<string>? Anchors(string page)
    {
        var path = Path.Combine(RepoFiles.Root, page);
        if (!File.Exists(path))
        {
            return null;
        }

        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var fenced = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced && Heading().Match(line) is { Success: true } heading)
            {
                var slug = CommentScanner.Slug(heading.Groups["text"].Value);
                var unique = slug;
                for (var n = 1; !anchors.Add(unique); n++)
                {
                    unique = $"{slug}-{n}";
                }
            }
        }

        return anchors;
    }

    private static IEnumerable<(string Relative, string Extension, string Text)> SourceFiles()
    {
        var root = RepoFiles.Root;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .Where(f => Extensions.Contains(Path.GetExtension(f.Path)) &&
                        !f.Relative.Split('/').Any(part => SkippedDirectories.Contains(part)))
            .Select(f => (f.Relative, Path.GetExtension(f.Path), File.ReadAllText(f.Path)));
    }

    [GeneratedRegex(@"(?<![\w/.-])(?:ARCHITECTURE\.md|DOMAIN-INDEX)")]
    private static partial Regex OutsideDocument();

    [GeneratedRegex(@"(?<![\w/.-])(?<page>docs/[\w./-]+\.md)(?:#(?<anchor>[\w-]+))?")]
    private static partial Regex DocsLink();

    [GeneratedRegex(@"\]\((?<page>[\w-]+\.md)(?:#(?<anchor>[\w-]+))?\)")]
    private static partial Regex RelativeLink();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
