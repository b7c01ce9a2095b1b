namespace Kapman.Web.Clients;

/// <summary>One step of the walking limit (execution API <c>GET /orders/{id}</c>).</summary>
/// <param name="Step">0 for the first limit, then one more per step.</param>
/// <param name="Price">The limit of this step, net dollars per share.</param>
/// <param name="At">When the step was sent.</param>
/// <param name="Outcome">What came of it, e.g. "filled", "no fill", "repriced".</param>
public sealed record WalkStepView(int Step, decimal Price, DateTimeOffset At, string? Outcome);
