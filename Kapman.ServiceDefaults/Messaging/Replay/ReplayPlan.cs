using Kapman.Contracts.Replay;

namespace Kapman.ServiceDefaults.Messaging.Replay;

/// <summary>A replay that can run: which stored events to send where.</summary>
/// <param name="Route">The event, its producer (this service) and the one consumer queue.</param>
/// <param name="From">First session date.</param>
/// <param name="To">Last session date, not before <paramref name="From"/>.</param>
public sealed record ReplayPlan(ReplayRoute Route, DateOnly From, DateOnly To);
