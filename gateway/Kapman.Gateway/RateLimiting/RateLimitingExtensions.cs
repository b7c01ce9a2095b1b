using System.Globalization;
using System.Threading.RateLimiting;
using Kapman.Gateway.Security;

namespace Kapman.Gateway.RateLimiting;

/// <summary>
/// ASP.NET Core rate limiting per client IP address over a sliding window (a page load is about ten requests).
/// Callers holding the API key (the web UI's own calls to the services, operator tools) are not limited: on a local
/// install the web shares the browser's address, and a 429 on its health probes would show services as down. Above
/// the budget: a 429 problem with <c>Retry-After</c> set to the window.
/// </summary>
internal static class RateLimitingExtensions
{
    /// <summary>Registers the limiter with the budget from <see cref="RateLimitOptions.Section"/>.</summary>
    /// <exception cref="InvalidOperationException">The configured limit or window is not positive.</exception>
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        if (limits.PermitLimit <= 0 || limits.Window <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{RateLimitOptions.Section}: PermitLimit and Window must be positive.");
        }

        var retryAfter = Math.Ceiling(limits.Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => CallerKey.IsValid(context)
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : RateLimitPartition.GetSlidingWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = limits.Window,
                    SegmentsPerWindow = 10,
                    QueueLimit = 0,
                }));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = retryAfter;
                return new ValueTask(GatewayProblem.WriteAsync(
                    rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too Many Requests", "rate limit exceeded, retry later"));
            };
        });
    }
}
