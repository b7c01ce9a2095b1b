namespace Kapman.Web.Clients;

/// <summary>One rule's contribution to a BC or Spring score (wyckoff API, <c>bcSignals[]</c>, <c>springSignals[]</c>).</summary>
/// <param name="Name">Rule name.</param>
/// <param name="Points">Points awarded.</param>
/// <param name="MaxPoints">Points the rule can award.</param>
/// <param name="Reason">Why the points were (not) awarded.</param>
public sealed record ScoreSignal(string Name, int Points, int MaxPoints, string Reason);
