namespace Kapman.Notification.Core.Commentary;

/// <summary>The market reports of seed 004 §8 ("pre-market, intraday, post-market reports").</summary>
public static class ReportKinds
{
    /// <summary>Before the open: written on request (<c>POST /commentary/reports</c>) from the last stored session's facts.</summary>
    public const string PreMarket = "PRE_MARKET";

    /// <summary>During the session: written once per session at <c>Kapman:Notification:Commentary:IntradayTime</c> (New York), from the session's facts so far.</summary>
    public const string Intraday = "INTRADAY";

    /// <summary>After the run: written once per session when its <c>RecommendationsGenerated</c> arrives.</summary>
    public const string PostMarket = "POST_MARKET";

    /// <summary>Any time, on request, from the session's facts so far.</summary>
    public const string OnDemand = "ON_DEMAND";

    /// <summary>All kinds.</summary>
    public static readonly IReadOnlyList<string> All = [PreMarket, Intraday, PostMarket, OnDemand];

    /// <summary>The kind in words, e.g. "Post-market report".</summary>
    public static string Title(string kind) => kind switch
    {
        PreMarket => "Pre-market report",
        Intraday => "Intraday report",
        PostMarket => "Post-market report",
        _ => "Market report",
    };
}
