using HtmlAgilityPack;

namespace Kapman.Web.Tests;

/// <summary>The rendered Today page, queried with XPath.</summary>
public sealed class TodayPage
{
    private readonly HtmlDocument document = new();

    private TodayPage(string html) => document.LoadHtml(html);

    /// <summary>Fetches <c>/</c>, asserting a 200 HTML response.</summary>
    public static async Task<TodayPage> LoadAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
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

    private static string Collapse(string text) =>
        string.Join(' ', HtmlEntity.DeEntitize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
