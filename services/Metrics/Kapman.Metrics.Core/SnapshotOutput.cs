using Kapman.Indicators;

namespace Kapman.Metrics.Core;

/// <summary>One named value of the daily snapshot, read from an indicator once it is ready.</summary>
/// <param name="Name">Column or JSONB key, snake_case with the parameters (e.g. <c>rsi_14</c>).</param>
/// <param name="Typed">True for the typed snapshot columns of docs/domain/indicators.md#snapshot-columns (seed 001 §5.5); false for the JSONB extras.</param>
/// <param name="Source">The indicator producing the value.</param>
/// <param name="Read">Reads the value from <paramref name="Source"/>.</param>
public sealed record SnapshotOutput(string Name, bool Typed, BarIndicator Source, Func<double> Read);
