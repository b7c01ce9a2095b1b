using System.Globalization;

namespace Kapman.Notification.Core;

/// <summary>
/// The words of each Wyckoff alert kind, shared by the email (<see cref="MessageComposer.Alert"/>) and the Discord posts: BC_EXIT and
/// SPRING_ENTRY are the score rules of seed 000 §11.4; SPRING_SOS_ENTRY and SOW_REDUCE the event rules of seed 001 §17.2 (FR-015):
/// "IF SPRING + SOS confirmed → STRONG ENTRY", "IF SOW detected → REDUCE POSITION".
/// </summary>
public static class AlertWording
{
    /// <summary>True for the exit side (BC_EXIT, SOW_REDUCE): red, not green.</summary>
    public static bool IsExit(string kind) => kind is Routing.RouteKinds.BcExit or Routing.RouteKinds.SowReduce;

    /// <summary>The score's scale: 28 (BC) for BC_EXIT and SOW_REDUCE, else 12 (Spring).</summary>
    public static int ScoreMax(string kind) => IsExit(kind) ? 28 : 12;

    /// <summary>The action word of the title: EXIT, ENTRY, STRONG ENTRY or REDUCE.</summary>
    public static string Action(string kind) => kind switch
    {
        Routing.RouteKinds.BcExit => "EXIT",
        Routing.RouteKinds.SpringSosEntry => "STRONG ENTRY",
        Routing.RouteKinds.SowReduce => "REDUCE",
        _ => "ENTRY",
    };

    /// <summary>The title, e.g. <c>EXIT NVDA: Buying Climax score 24/28</c>, <c>STRONG ENTRY NVDA: Spring confirmed by a Sign of Strength</c>.</summary>
    public static string Title(string kind, string ticker, int score) => kind switch
    {
        Routing.RouteKinds.BcExit => string.Create(CultureInfo.InvariantCulture, $"EXIT {ticker}: Buying Climax score {score}/28"),
        Routing.RouteKinds.SpringSosEntry => $"STRONG ENTRY {ticker}: Spring confirmed by a Sign of Strength",
        Routing.RouteKinds.SowReduce => $"REDUCE {ticker}: Sign of Weakness",
        _ => string.Create(CultureInfo.InvariantCulture, $"ENTRY {ticker}: Spring score {score}/12"),
    };

    /// <summary>What fired, with its rule and source, for the email and the premium and basic posts.</summary>
    public static string Explanation(string kind, string ticker, int score, string day) => kind switch
    {
        Routing.RouteKinds.BcExit => string.Create(CultureInfo.InvariantCulture,
            $"{ticker} scored {score}/28 on the Buying Climax scale for the {day} session.\nRule (seed 000 §11.4): BC ≥ 24 means exit immediately."),
        Routing.RouteKinds.SpringSosEntry => string.Create(CultureInfo.InvariantCulture,
            $"{ticker} showed a Sign of Strength on the {day} session within 20 bars of a Spring (Spring score {score}/12).\nRule (seed 001 §17.2, FR-015): SPRING + SOS confirmed means strong entry."),
        Routing.RouteKinds.SowReduce => string.Create(CultureInfo.InvariantCulture,
            $"{ticker} showed a Sign of Weakness on the {day} session (BC score {score}/28).\nRule (seed 001 §17.2): SOW detected means reduce the position."),
        _ => string.Create(CultureInfo.InvariantCulture,
            $"{ticker} scored {score}/12 on the Spring scale for the {day} session, with BC below 12.\nRule (seed 000 §11.4): Spring ≥ 9 and BC < 12 means consider entry."),
    };

    /// <summary>The free tier's sentence: the signal and session, no score.</summary>
    public static string Summary(string kind, string ticker, string day) => kind switch
    {
        Routing.RouteKinds.BcExit => $"A Buying Climax exit signal fired for {ticker} in the {day} session.",
        Routing.RouteKinds.SpringSosEntry => $"A Spring + Sign of Strength strong entry signal fired for {ticker} in the {day} session.",
        Routing.RouteKinds.SowReduce => $"A Sign of Weakness reduce signal fired for {ticker} in the {day} session.",
        _ => $"A Spring entry signal fired for {ticker} in the {day} session.",
    };
}
