using Kapman.Recommendation.Backtest.History;

namespace Kapman.Recommendation.Backtests;

/// <summary>
/// The configured data root of the service's backtest runs, read by <see cref="BacktestDataRoot"/> exactly as <c>kapman backtest</c>
/// reads it: LEAN raw daily bars joined with VIX and VIX3M closes, no option chain (every session is decided on a model-priced chain).
/// </summary>
/// <param name="root">The data root (absolute).</param>
public sealed class BacktestHistoryLoader(string root)
{
    /// <summary>The data root read.</summary>
    public string Root => root;

    /// <summary>Path of the bars of <paramref name="underlying"/>.</summary>
    public string BarsPath(string underlying) => BacktestDataRoot.BarsPath(root, underlying);

    /// <summary>True when the bars of <paramref name="underlying"/> are stored.</summary>
    public bool HasBars(string underlying) => File.Exists(BarsPath(underlying));

    /// <summary>The joined sessions, ascending.</summary>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    public IReadOnlyList<BacktestSession> Load(string underlying) => BacktestDataRoot.Load(root, underlying).Sessions;
}
