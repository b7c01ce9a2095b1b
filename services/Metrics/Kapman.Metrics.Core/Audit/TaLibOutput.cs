using Kapman.Indicators;

namespace Kapman.Metrics.Core.Audit;

/// <summary>One output of a TA-Lib function: its TA-Lib output name and how to read it (null before warm-up).</summary>
/// <param name="Name">TA-Lib output name, e.g. <c>real</c>, <c>macdsignal</c>, <c>slowk</c>, <c>upperband</c>.</param>
/// <param name="Read">Reads the value from the function's indicator; null while that output is not valid.</param>
public sealed record TaLibOutput(string Name, Func<BarIndicator, double?> Read);
