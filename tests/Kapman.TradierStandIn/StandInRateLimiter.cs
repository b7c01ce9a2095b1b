using System.Globalization;

namespace Kapman.TradierStandIn;

/// <summary>
/// A fixed window of <see cref="StandInScenario.RateLimitPerWindow"/> calls per <see cref="StandInScenario.RateLimitWindowMilliseconds"/>,
/// reported as Tradier does in <c>X-Ratelimit-Allowed</c>, <c>-Used</c>, <c>-Available</c> and <c>-Expiry</c> (window end, epoch ms).
/// </summary>
public sealed class StandInRateLimiter(StandInScenario scenario, TimeProvider clock)
{
    private readonly Lock gate = new();
    private DateTimeOffset windowStart = DateTimeOffset.MinValue;
    private int used;

    /// <summary>Counts one call; false when the window's quota is spent. The headers describe the window either way.</summary>
    public bool TryAcquire(out IReadOnlyDictionary<string, string> headers, out TimeSpan untilReset)
    {
        if (scenario.RateLimitPerWindow <= 0)
        {
            headers = new Dictionary<string, string>();
            untilReset = TimeSpan.Zero;
            return true;
        }

        lock (gate)
        {
            var now = clock.GetUtcNow();
            var window = TimeSpan.FromMilliseconds(scenario.RateLimitWindowMilliseconds);
            if (now >= windowStart + window)
            {
                windowStart = now;
                used = 0;
            }

            var allowed = used < scenario.RateLimitPerWindow;
            if (allowed)
            {
                used++;
            }

            var expiry = windowStart + window;
            untilReset = expiry - now;
            headers = new Dictionary<string, string>
            {
                ["X-Ratelimit-Allowed"] = scenario.RateLimitPerWindow.ToString(CultureInfo.InvariantCulture),
                ["X-Ratelimit-Used"] = used.ToString(CultureInfo.InvariantCulture),
                ["X-Ratelimit-Available"] = (scenario.RateLimitPerWindow - used).ToString(CultureInfo.InvariantCulture),
                ["X-Ratelimit-Expiry"] = expiry.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            };
            return allowed;
        }
    }
}
