namespace Kapman.Gateway.RateLimiting;

/// <summary>The per-client-address request budget (configuration section <c>Gateway:RateLimit</c>).</summary>
internal sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Gateway:RateLimit";

    /// <summary>Requests one address may make per <see cref="Window"/> before it gets 429 (<c>KAPMAN_RATE_LIMIT</c>).</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>The sliding window the budget applies to; also the <c>Retry-After</c> a refused caller is given.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);
}
