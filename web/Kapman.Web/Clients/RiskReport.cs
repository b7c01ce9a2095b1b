namespace Kapman.Web.Clients;

/// <summary>
/// The risk book (execution API <c>GET /risk</c>; services/Execution/README.md "Risk book"). Every figure is model-priced: Black-Scholes-Merton
/// at the volatility implied by each holding's stored mid (<see cref="Model"/>).
/// </summary>
/// <param name="Enabled">Whether the caps and triggers are enforced.</param>
/// <param name="Model">How the figures were computed.</param>
/// <param name="MarksAsOf">The stored chain session of the marks, or null when nothing is marked.</param>
/// <param name="Book">Per underlying and totals.</param>
/// <param name="Caps">Each cap against the book now.</param>
/// <param name="Triggers">Each trigger against the book now.</param>
public sealed record RiskReport(bool Enabled, string Model, DateOnly? MarksAsOf, RiskBookView Book, IReadOnlyList<RiskLimitCheck> Caps, IReadOnlyList<RiskLimitCheck> Triggers);
