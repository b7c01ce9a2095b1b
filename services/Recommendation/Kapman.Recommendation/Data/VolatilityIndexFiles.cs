using Kapman.Recommendation.Backtest.History;

namespace Kapman.Recommendation.Data;

/// <summary>
/// The VIX and VIX3M closes the decision core's regime gate reads, from the CBOE histories in a folder (<c>VIX_History.csv</c>,
/// <c>VIX3M_History.csv</c>, <c>DATE,OPEN,HIGH,LOW,CLOSE</c>, parsed by <see cref="HistoryFiles.ParseCboeCloses"/> as the backtester
/// does). A missing file gives no closes: the readings are then missing and stage E fails closed.
/// </summary>
/// <param name="directory">The folder, e.g. <c>&lt;data root&gt;/volatility</c>.</param>
public sealed class VolatilityIndexFiles(string directory)
{
    /// <summary>The folder read.</summary>
    public string Directory => directory;

    /// <summary>VIX closes by date (read at each call: a daily run reads the file once).</summary>
    public IReadOnlyDictionary<DateOnly, double> Vix() => Read("VIX_History.csv");

    /// <summary>VIX3M closes by date.</summary>
    public IReadOnlyDictionary<DateOnly, double> Vix3M() => Read("VIX3M_History.csv");

    private IReadOnlyDictionary<DateOnly, double> Read(string name)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? HistoryFiles.ParseCboeCloses(File.ReadLines(path)) : new Dictionary<DateOnly, double>();
    }
}
