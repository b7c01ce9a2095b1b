namespace Kapman.Web.Ticker;

/// <summary>
/// The Ticker page's chart data (<c>GET /ticker/{ticker}/chart.json</c>), columnar to stay compact: index i of every
/// array is the bar of session <c>T[i]</c>. Prices in USD, volume in shares; SMA entries are null while warming up.
/// </summary>
/// <param name="Ticker">Ticker.</param>
/// <param name="T">Sessions, yyyy-MM-dd, oldest first.</param>
/// <param name="O">Opens.</param>
/// <param name="H">Highs.</param>
/// <param name="L">Lows.</param>
/// <param name="C">Closes.</param>
/// <param name="V">Volumes.</param>
/// <param name="Sma20">SMA 20 of the close.</param>
/// <param name="Sma50">SMA 50 of the close.</param>
/// <param name="Sma200">SMA 200 of the close.</param>
/// <param name="Markers">Wyckoff events on sessions present in <paramref name="T"/>, oldest first.</param>
/// <param name="Phases">The phase band: the Wyckoff phase of each session in <paramref name="T"/> that has a snapshot, oldest first.</param>
/// <param name="Scores">The score history: BC and Spring scores of each session in <paramref name="T"/> that has a snapshot, oldest first.</param>
public sealed record ChartData(
    string Ticker, string[] T, double[] O, double[] H, double[] L, double[] C, long[] V,
    double?[] Sma20, double?[] Sma50, double?[] Sma200, IReadOnlyList<ChartMarker> Markers, IReadOnlyList<ChartPhase> Phases,
    IReadOnlyList<ChartScore> Scores);
