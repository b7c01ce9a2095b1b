using Kapman.Execution.Core.Risk;

namespace Kapman.Execution.Apis;

/// <summary>
/// <c>GET /risk</c>: the risk book of the position book (docs/domain/risk-book.md). Every greek, VaR and scenario is model-priced:
/// Black-Scholes-Merton at the volatility implied by each holding's stored mid (<paramref name="Model"/>), not a broker's figure.
/// </summary>
/// <param name="Enabled">Whether caps and triggers are enforced (<c>Kapman:Execution:Risk:Enabled</c>).</param>
/// <param name="Model">How the values were computed, for labels.</param>
/// <param name="MarksAsOf">The latest stored chain session that marked a holding, or null when nothing is marked.</param>
/// <param name="Book">The book: per underlying, totals, scenarios.</param>
/// <param name="Caps">Each cap against the book now (breached: the book is already over it, so a trade that adds to it is blocked).</param>
/// <param name="Triggers">Each trigger against the book now (breached: the kill switch is set to safe mode).</param>
public sealed record RiskDto(bool Enabled, string Model, DateOnly? MarksAsOf, RiskBook Book, IReadOnlyList<RiskComparison> Caps, IReadOnlyList<RiskComparison> Triggers);
