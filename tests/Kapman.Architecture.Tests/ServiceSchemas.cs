namespace Kapman.Architecture.Tests;

/// <summary>
/// Which schema each service owns, and where its code lives. A service may name its own schema and any published
/// read contract (<c>&lt;schema&gt;_api</c>) of another; ServiceDefaults and the web own no schema at all.
/// </summary>
internal static class ServiceSchemas
{
    /// <summary>Service folder under <c>services/</c> → the schema its migrations create.</summary>
    public static IReadOnlyDictionary<string, string> Owned { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Ingestion"] = "market",
        ["Options"] = "options",
        ["Metrics"] = "metrics",
        ["Wyckoff"] = "wyckoff",
        ["Recommendation"] = "recommendation",
        ["Execution"] = "execution",
        ["Notification"] = "notification",
    };

    /// <summary>The owner's service folder of <paramref name="schema"/>.</summary>
    public static string OwnerOf(string schema) => Owned.Single(p => p.Value == schema).Key;
}
