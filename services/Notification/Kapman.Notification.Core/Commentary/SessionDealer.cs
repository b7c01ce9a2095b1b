namespace Kapman.Notification.Core.Commentary;

/// <summary>An underlying's dealer positioning on the session (from <c>OptionMetricsComputed</c>).</summary>
/// <param name="Underlying">The underlying.</param>
/// <param name="Spot">Spot, $ per share.</param>
/// <param name="NetGex">Net GEX, $ per 1 % move.</param>
/// <param name="GammaFlip">Gamma flip, $, or null.</param>
/// <param name="CallWall">Call wall strike, $, or null.</param>
/// <param name="PutWall">Put wall strike, $, or null.</param>
/// <param name="Position">Dealer position label, e.g. LONG_GAMMA, or null.</param>
public sealed record SessionDealer(string Underlying, double Spot, double NetGex, double? GammaFlip, double? CallWall, double? PutWall, string? Position);
