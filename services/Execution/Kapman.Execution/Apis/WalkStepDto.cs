namespace Kapman.Execution.Apis;

/// <summary>One rung of the walking limit: its limit in $ per share, when it was stored, and how it ended (its status, then the decision).</summary>
public sealed record WalkStepDto(int Step, decimal Price, DateTime At, string Outcome);
