namespace Kapman.Notification.Core.Routing;

/// <summary>
/// The kinds of event the routing table (<see cref="RouteTable"/>) maps to channels, issue 20 item 1. A kind's name is also the
/// <c>kind</c> of its messages in the message log. <see cref="Carriers"/> says which channels have a sender for each kind in this service
/// (Telegram carries every kind: approvals with buttons for RECOMMENDATION and AI_REPORT, a plain message for the others); a route
/// naming another channel is refused at start rather than silently dropped.
/// </summary>
public static class RouteKinds
{
    /// <summary>Wyckoff BC ≥ 24: exit immediately (seed 000 §11.4, seed 001 FR-014).</summary>
    public const string BcExit = "BC_EXIT";

    /// <summary>Wyckoff Spring ≥ 9 and BC &lt; 12: entry setup (seed 000 §11.4).</summary>
    public const string SpringEntry = "SPRING_ENTRY";

    /// <summary>Wyckoff SPRING confirmed by an SOS: strong entry (seed 001 FR-015, §17.2).</summary>
    public const string SpringSosEntry = "SPRING_SOS_ENTRY";

    /// <summary>Wyckoff SOW detected: reduce the position (seed 001 §17.2).</summary>
    public const string SowReduce = "SOW_REDUCE";

    /// <summary>A recommendation issued (the Telegram approval queue, the Discord tiers).</summary>
    public const string Recommendation = "RECOMMENDATION";

    /// <summary>The end-of-run summary.</summary>
    public const string RunSummary = "RUN_SUMMARY";

    /// <summary>An order changed state other than a fill: a rejection.</summary>
    public const string OrderState = "ORDER_STATE";

    /// <summary>An order filled or partially filled (opening or closing).</summary>
    public const string Fill = "FILL";

    /// <summary>The execution kill switch changed mode (seed 003 §4 task 5.2.2: critical).</summary>
    public const string KillSwitch = "KILL_SWITCH";

    /// <summary>Reconciliation found a difference it cannot explain (seed 003 §4 task 5.2.2 "position mismatch": critical).</summary>
    public const string ReconciliationMismatch = "RECONCILIATION_MISMATCH";

    /// <summary>A hard-stop flatten could not price a position.</summary>
    public const string FlattenBlocked = "FLATTEN_BLOCKED";

    /// <summary>A pipeline stage reported the failed status.</summary>
    public const string PipelineStageFailed = "PIPELINE_STAGE_FAILED";

    /// <summary>The daily schedule could not start a session's run by its alert time (issue 22 item 1; no stage reports it).</summary>
    public const string ScheduledRunFailed = "SCHEDULED_RUN_FAILED";

    /// <summary>A pipeline message was parked in an <c>_error</c> queue after every retry.</summary>
    public const string PipelineFault = "PIPELINE_FAULT";

    /// <summary>The daily P&amp;L summary at market close (seed 003 §4 task 5.2: 4:15 PM ET), from execution's <c>DailyPnlReported</c>.</summary>
    public const string DailyPnl = "DAILY_PNL";

    /// <summary>An AI market report (issue 20 item 4; its producer sits with the commentary feature).</summary>
    public const string AiReport = "AI_REPORT";

    private static readonly string[] EmailAndTelegram = [Channels.Email, Channels.Telegram];

    /// <summary>For each kind, the channels this service has a sender for.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Carriers { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [BcExit] = Channels.All,
        [SpringEntry] = Channels.All,
        [SpringSosEntry] = Channels.All,
        [SowReduce] = Channels.All,
        [Recommendation] = [Channels.Telegram, Channels.Discord],
        [RunSummary] = EmailAndTelegram,
        [OrderState] = EmailAndTelegram,
        [Fill] = Channels.All,
        [KillSwitch] = EmailAndTelegram,
        [ReconciliationMismatch] = EmailAndTelegram,
        [FlattenBlocked] = EmailAndTelegram,
        [PipelineStageFailed] = EmailAndTelegram,
        [PipelineFault] = EmailAndTelegram,
        [ScheduledRunFailed] = EmailAndTelegram,
        [DailyPnl] = EmailAndTelegram,
        // An approved report is distributed by email and Telegram; nothing posts reports to Discord yet, so the table refuses it.
        [AiReport] = EmailAndTelegram,
    };

    /// <summary>Every kind, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Carriers.Keys];

    /// <summary>The route of an order's new state: <see cref="Fill"/> for filled or partially filled, else <see cref="OrderState"/>.</summary>
    public static string OfOrderState(string toState) => toState is "filled" or "partially_filled" ? Fill : OrderState;
}
