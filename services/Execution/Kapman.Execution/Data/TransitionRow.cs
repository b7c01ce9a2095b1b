namespace Kapman.Execution.Data;

/// <summary>A row of <c>order_transitions</c>; fill price $ per share net, or null.</summary>
public sealed record TransitionRow(string FromState, string ToState, string Event, int FillQuantity, int FilledQuantity, decimal? FillPrice, string? Reason, DateTime At);
