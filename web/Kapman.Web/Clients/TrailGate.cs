namespace Kapman.Web.Clients;

/// <summary>One stage's verdict in a gate trail (recommendation API, <c>trail[]</c>).</summary>
/// <param name="Code">Stage letter A-H.</param>
/// <param name="Stage">Stage name, e.g. <c>Regime</c>.</param>
/// <param name="Passed">True when the candidate went on.</param>
/// <param name="Reason">One line: why it passed or the failed comparisons.</param>
/// <param name="Compared">Every comparison, in order.</param>
public sealed record TrailGate(string Code, string Stage, bool Passed, string Reason, IReadOnlyList<TrailValue> Compared);
