namespace Kapman.Web.Clients;

/// <summary>The services behind the gateway, by their <c>/api/&lt;service&gt;</c> names (spec: ports table).</summary>
public static class KapmanServices
{
    /// <summary>Ingestion: bars, pipeline runs, backfill.</summary>
    public const string Ingestion = "ingestion";

    /// <summary>Wyckoff: snapshots and alerts.</summary>
    public const string Wyckoff = "wyckoff";

    /// <summary>Recommendation: recommendations and no-trade decisions.</summary>
    public const string Recommendation = "recommendation";

    /// <summary>All seven services, in pipeline order then execution and notification.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Ingestion, "options", "metrics", Wyckoff, Recommendation, "execution", "notification"];
}
