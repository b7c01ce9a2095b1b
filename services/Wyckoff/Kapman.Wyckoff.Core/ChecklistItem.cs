namespace Kapman.Wyckoff.Core;

/// <summary>One of Wyckoff's nine tests.</summary>
/// <param name="Step">1-9.</param>
/// <param name="Name">The test's name.</param>
/// <param name="Passed">Whether the bars pass it.</param>
/// <param name="Reason">The measured numbers against the threshold, or why it cannot be judged.</param>
public sealed record ChecklistItem(int Step, string Name, bool Passed, string Reason);
