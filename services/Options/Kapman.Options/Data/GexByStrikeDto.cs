namespace Kapman.Options.Data;

/// <summary>Dealer GEX at one strike over all expirations, in $ per 1 % move: calls positive, puts negative, net = sum.</summary>
public sealed record GexByStrikeDto(double Strike, double CallGex, double PutGex, double NetGex);
