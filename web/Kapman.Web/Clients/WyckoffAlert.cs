namespace Kapman.Web.Clients;

/// <summary>A Wyckoff alert (wyckoff API <c>GET /alerts?session=D</c>).</summary>
/// <param name="Ticker">Underlying ticker.</param>
/// <param name="SessionDate">Session the alert was raised for.</param>
/// <param name="Kind">BC_EXIT (Buying Climax, score 0-28) or SPRING_ENTRY (Spring, score 0-12).</param>
/// <param name="Score">The BC or Spring score that raised the alert.</param>
public sealed record WyckoffAlert(string Ticker, DateOnly SessionDate, string Kind, decimal Score)
{
    /// <summary>Alert kind for a Buying Climax exit.</summary>
    public const string BuyingClimaxExit = "BC_EXIT";

    /// <summary>Alert kind for a Spring entry.</summary>
    public const string SpringEntry = "SPRING_ENTRY";
}
