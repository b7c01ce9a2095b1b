using HtmlAgilityPack;

namespace Kapman.Web.Tests;

/// <summary>A rendered page (the Today page by default), queried with XPath.</summary>
public sealed class TodayPage
{
    private readonly HtmlDocument document = new();

    private TodayPage(string html) => document.LoadHtml(html);

    /// <summary>Fetches <paramref name="path"/> (default <c>/</c>), asserting a 200 HTML response.</summary>
    public static async Task<TodayPage> LoadAsync(HttpClient client, string path = "/")
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        return new TodayPage(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Decoded, whitespace-collapsed text of the single node at <paramref name="xpath"/>; fails if absent.</summary>
    public string Text(string xpath)
    {
        var node = document.DocumentNode.SelectSingleNode(xpath);
        Assert.That(node, Is.Not.Null, $"no node at {xpath}");
        return Collapse(node!.InnerText);
    }

    /// <summary>Texts of every node at <paramref name="xpath"/> (empty when none).</summary>
    public IReadOnlyList<string> Texts(string xpath) =>
        document.DocumentNode.SelectNodes(xpath)?.Select(n => Collapse(n.InnerText)).ToList() ?? [];

    /// <summary>The value of <paramref name="attribute"/> on the single node at <paramref name="xpath"/>.</summary>
    public string Attribute(string xpath, string attribute)
    {
        var node = document.DocumentNode.SelectSingleNode(xpath);
        Assert.That(node, Is.Not.Null, $"no node at {xpath}");
        return node!.GetAttributeValue(attribute, string.Empty);
    }

    /// <summary>The value of <paramref name="attribute"/> on every node at <paramref name="xpath"/> (empty when none).</summary>
    public IReadOnlyList<string> Attributes(string xpath, string attribute) =>
        document.DocumentNode.SelectNodes(xpath)?.Select(n => n.GetAttributeValue(attribute, string.Empty)).ToList() ?? [];

    /// <summary>
    /// Asserts that every input, select and textarea except hidden inputs and buttons has an id named by a
    /// <c>label for</c> on the page, and that at least one such field exists.
    /// </summary>
    public void AssertEveryFieldLabelled()
    {
        var fields = (IEnumerable<HtmlNode>?)document.DocumentNode.SelectNodes("//input[not(@type='hidden') and not(@type='submit')] | //select | //textarea") ?? [];
        var labelled = Attributes("//label", "for").ToHashSet(StringComparer.Ordinal);
        Assert.That(fields, Is.Not.Empty, "no form fields on the page");
        Assert.That(
            fields.Where(f => !labelled.Contains(f.GetAttributeValue("id", "\0"))).Select(f => f.OuterHtml),
            Is.Empty,
            "fields without a <label for=id>");
    }

    private static string Collapse(string text) =>
        string.Join(' ', HtmlEntity.DeEntitize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
