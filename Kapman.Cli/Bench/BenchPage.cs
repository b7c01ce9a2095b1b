namespace Kapman.Cli.Bench;

/// <summary>One page or data endpoint that <c>kapman bench pages</c> requests.</summary>
/// <param name="Name">Label in the report, e.g. <c>Today</c> or <c>chart data SPY</c>.</param>
/// <param name="Path">Path and query relative to the gateway, e.g. <c>/ticker/SPY/chart.json</c>.</param>
internal sealed record BenchPage(string Name, string Path);
