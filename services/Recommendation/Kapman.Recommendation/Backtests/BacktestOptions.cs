namespace Kapman.Recommendation.Backtests;

/// <summary>
/// Section <c>Kapman:Recommendation:Backtest</c>: backtests started through <c>POST /backtests</c> (issue 19 item 5).
/// </summary>
public sealed class BacktestOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Recommendation:Backtest";

    /// <summary>
    /// The folder the runs read, laid out as <c>kapman backtest --data-root</c> reads it: <c>history/lean_daily_raw/&lt;TICKER&gt;.csv.gz</c>
    /// (LEAN raw daily bars) and <c>volatility/VIX_History.csv</c>, <c>volatility/VIX3M_History.csv</c> (CBOE closes). Empty (the
    /// default): the suite's data root (<c>Kapman:Data:Root</c>), as the daily run's VIX files.
    /// </summary>
    public string? DataRoot { get; set; }

    /// <summary>
    /// Seconds between heartbeats of this instance's queued and running runs, 1-3600 (default 30). A run whose heartbeat is
    /// <see cref="StaleHeartbeats"/> intervals old was left by a process killed outright, and any instance marks it failed.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3600)]
    public int HeartbeatSeconds { get; set; } = 30;

    /// <summary>Missed heartbeats after which a queued or running run is taken for dead.</summary>
    public const int StaleHeartbeats = 4;
}
