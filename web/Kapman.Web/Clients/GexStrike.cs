namespace Kapman.Web.Clients;

/// <summary>Dealer gamma exposure at one strike over all expirations (options API <c>GET /gex-by-strike?underlying=T</c>).</summary>
/// <param name="Strike">Strike, USD.</param>
/// <param name="CallGex">Call GEX, USD per 1% move (positive).</param>
/// <param name="PutGex">Put GEX, USD per 1% move (negative).</param>
/// <param name="NetGex">Call plus put GEX.</param>
public sealed record GexStrike(double Strike, double CallGex, double PutGex, double NetGex);
