namespace Kapman.Gateway.Tests;

/// <summary>One line of the abuse table: a request without the right key (or with it, as the control) and its outcome.</summary>
/// <param name="Method">The method token as sent.</param>
/// <param name="Path">Path at the gateway.</param>
/// <param name="Key">"none", "wrong" or "valid" X-Api-Key.</param>
/// <param name="Expected">The outcome required, e.g. "401" or "200 forwarded as POST".</param>
/// <param name="Got">The outcome observed, in the same words.</param>
public sealed record AbuseRow(string Method, string Path, string Key, string Expected, string Got)
{
    /// <summary>Whether the gateway did what it must.</summary>
    public bool Passed => Expected == Got;

    /// <summary>The row as a Markdown table line.</summary>
    public override string ToString() => $"| `{Method}` | `{Path}` | {Key} | {Expected} | {Got} |";
}
