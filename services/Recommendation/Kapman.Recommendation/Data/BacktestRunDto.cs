namespace Kapman.Recommendation.Data;

/// <summary>
/// One backtest run (<c>recommendation.backtest_runs</c>): its parameters, status (queued, running, succeeded, failed) and timings
/// (UTC), the pricing of its chains (<c>model-priced</c> or <c>stored-chain</c>), the walk's counts and, once succeeded, its overall
/// figures (<see cref="Overall"/>).
/// </summary>
public sealed class BacktestRunDto
{
    /// <summary>The run's id.</summary>
    public Guid Id { get; init; }

    /// <summary>Structure code, e.g. iron_condor.</summary>
    public string Strategy { get; init; } = "";

    /// <summary>Ticker.</summary>
    public string Underlying { get; init; } = "";

    /// <summary>First session decided.</summary>
    public DateOnly From { get; init; }

    /// <summary>Last session.</summary>
    public DateOnly To { get; init; }

    /// <summary>Stage G's EV_net minimum override, $ per structure, or null (the live default 0).</summary>
    public double? MinEvNet { get; init; }

    /// <summary>Starting equity, dollars.</summary>
    public double InitialCapital { get; init; }

    /// <summary>queued, running, succeeded or failed.</summary>
    public string Status { get; init; } = "";

    /// <summary>Why a failed run failed.</summary>
    public string? Error { get; init; }

    /// <summary>model-priced or stored-chain.</summary>
    public string Pricing { get; init; } = "";

    /// <summary>When it was requested.</summary>
    public DateTime RequestedAt { get; init; }

    /// <summary>When it started running.</summary>
    public DateTime? StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public DateTime? FinishedAt { get; init; }

    /// <summary>Sessions walked.</summary>
    public int? Sessions { get; init; }

    /// <summary>Sessions the pipeline decided.</summary>
    public int? Decisions { get; init; }

    /// <summary>Decisions every stage passed (entries).</summary>
    public int? Accepted { get; init; }

    /// <summary>Sessions not decided at the position cap.</summary>
    public int? SessionsAtCap { get; init; }

    /// <summary>Sessions not decided for want of a VIX close.</summary>
    public int? SessionsWithoutVix { get; init; }

    /// <summary>Largest fall from a running peak of the marked equity, dollars.</summary>
    public double? MaxDrawdownUsd { get; init; }

    /// <summary>Longest calendar-day span from a peak to its recovery (or the end).</summary>
    public int? MaxDrawdownDays { get; init; }

    /// <summary>Rejections by stage letter.</summary>
    public IReadOnlyDictionary<string, int> RejectionsByStage { get; set; } = new Dictionary<string, int>();

    /// <summary>The overall figures once succeeded.</summary>
    public BacktestMetricsDto? Overall { get; set; }
}
