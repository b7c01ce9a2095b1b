namespace Kapman.Execution.Apis;

/// <summary>One stored state change of an order.</summary>
public sealed record TransitionDto(string From, string To, DateTime At, string? Reason);
