namespace Kapman.ServiceDefaults.History;

/// <summary>The body of <c>POST /history/compute</c>: the session range, both bounds inclusive (yyyy-MM-dd).</summary>
public sealed record HistoryComputeRequest(DateOnly? From, DateOnly? To);
