using System.Globalization;
using System.Net.Http.Headers;

namespace Kapman.Execution.Brokers.Tradier;

/// <summary>
/// How long a 429 asks to wait. <c>Retry-After</c> (seconds or an HTTP date) wins when present; else Tradier's
/// <c>X-Ratelimit-Expiry</c>, the end of the current rate-limit window in epoch milliseconds (with <c>X-Ratelimit-Allowed</c>,
/// <c>-Used</c> and <c>-Available</c>: the window's quota, calls used and calls left).
/// </summary>
internal static class TradierRateLimit
{
    /// <summary>The window-end header (epoch milliseconds).</summary>
    public const string ExpiryHeader = "X-Ratelimit-Expiry";

    /// <summary>The calls-left header.</summary>
    public const string AvailableHeader = "X-Ratelimit-Available";

    /// <summary>
    /// Added to a wait read from <c>X-Ratelimit-Expiry</c>: the window's end comes truncated to the millisecond and by the
    /// broker's clock, so a retry timed to the very millisecond can land just inside the old window and meet a second 429.
    /// </summary>
    public static readonly TimeSpan ExpiryMargin = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The wait the answer asks for at <paramref name="now"/>, never negative: Retry-After as given, else the time to
    /// <c>X-Ratelimit-Expiry</c> plus <see cref="ExpiryMargin"/>; null when it says nothing.
    /// </summary>
    public static TimeSpan? WaitFor(HttpResponseHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            if (retryAfter.Date is { } date)
            {
                return NotNegative(date - now);
            }
        }

        if (headers.TryGetValues(ExpiryHeader, out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var expiryMs))
        {
            return NotNegative(DateTimeOffset.FromUnixTimeMilliseconds(expiryMs) - now) + ExpiryMargin;
        }

        return null;
    }

    private static TimeSpan NotNegative(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
}
