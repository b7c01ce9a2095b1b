using Kapman.Indicators;

namespace Kapman.Metrics.Core.Audit;

/// <summary>A TA-Lib function the offline calculator supports.</summary>
/// <param name="Name">TA-Lib function name in upper case, e.g. <c>MACD</c>.</param>
/// <param name="Defaults">TA-Lib's default parameters, in TA-Lib's order (MA-type parameters excluded: SMA is used).</param>
/// <param name="Create">Builds the indicator from a full parameter list (same length as <paramref name="Defaults"/>).</param>
/// <param name="Outputs">The outputs in TA-Lib's order.</param>
public sealed record TaLibFunction(string Name, double[] Defaults, Func<double[], BarIndicator> Create, TaLibOutput[] Outputs);
