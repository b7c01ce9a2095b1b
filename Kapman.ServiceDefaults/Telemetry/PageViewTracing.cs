using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using OpenTelemetry.Trace;

namespace Kapman.ServiceDefaults.Telemetry;

/// <summary>
/// Head sampling of web page views at the host where they start (the gateway): a GET or HEAD outside <c>/api/</c> that arrives with
/// no trace context is traced when OpenTelemetry's <see cref="TraceIdRatioBasedSampler"/> keeps its trace id at
/// <see cref="Ratio"/>. A page view fans out to a dozen service calls (some 50-100 spans with their queries), and on a 2-core desk
/// machine the Aspire dashboard ingesting them all costs more CPU than serving the pages; API calls, form posts, messages and
/// the pipeline's runs are always traced. A dropped root clears the sampled flag it propagates, so the web and the services
/// behind it record nothing of that view.
/// </summary>
/// <param name="Ratio">Share of page views traced, 0-1 (1: every view).</param>
public sealed record PageViewTracing(double Ratio)
{
    /// <summary>Configuration key of <see cref="Ratio"/>; absent means 1 (the gateway's own settings lower it).</summary>
    public const string RatioKey = "Kapman:Telemetry:PageViewTraceRatio";

    private readonly TraceIdRatioBasedSampler sampler = new(Ratio);

    /// <summary>Whether the request whose server span is <paramref name="activity"/> is traced.</summary>
    public bool Traces(HttpRequest request, Activity? activity)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Ratio >= 1 || activity is null || activity.ParentSpanId != default || !IsPageView(request))
        {
            return true;
        }

        var parameters = new SamplingParameters(default, activity.TraceId, activity.DisplayName, ActivityKind.Server);
        return sampler.ShouldSample(parameters).Decision == SamplingDecision.RecordAndSample;
    }

    private static bool IsPageView(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && !request.Path.StartsWithSegments("/api");
}
