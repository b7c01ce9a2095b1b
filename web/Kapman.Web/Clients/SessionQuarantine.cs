namespace Kapman.Web.Clients;

/// <summary>The rows quarantined while loading <paramref name="SessionDate"/> (ingestion API <c>GET /sessions/latest/quarantine</c>).</summary>
public sealed record SessionQuarantine(DateOnly SessionDate, IReadOnlyList<QuarantinedRow> Rows);
