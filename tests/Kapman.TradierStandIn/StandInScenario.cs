namespace Kapman.TradierStandIn;

/// <summary>The stand-in's settings (configuration section <c>TradierStandIn</c> when run as a process).</summary>
public sealed class StandInScenario
{
    /// <summary>The bearer token the stand-in accepts; any other gets 401 "Invalid Access Token".</summary>
    public string Token { get; set; } = "standin-token";

    /// <summary>The one account number the stand-in knows.</summary>
    public string AccountId { get; set; } = "VA00000001";

    /// <summary>When orders fill.</summary>
    public FillRule FillRule { get; set; } = FillRule.Immediate;

    /// <summary>Calls allowed per window before 429; 0 means no limit.</summary>
    public int RateLimitPerWindow { get; set; }

    /// <summary>The rate-limit window in milliseconds.</summary>
    public int RateLimitWindowMilliseconds { get; set; } = 60_000;

    /// <summary>When true, a 429 also carries <c>Retry-After</c> (whole seconds, rounded up) besides the X-Ratelimit headers.</summary>
    public bool SendRetryAfter { get; set; }

    /// <summary>Cash at the start, in $.</summary>
    public decimal StartingCash { get; set; } = 100_000m;

    /// <summary>The clock's state word: premarket, open, postmarket or closed.</summary>
    public string ClockState { get; set; } = "open";
}
