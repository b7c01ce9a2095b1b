using System.Globalization;
using System.Text;
using Kapman.Recommendation.Core.Outcomes;

namespace Kapman.Recommendation.Core.Calibration;

/// <summary>
/// A reliability diagram (Murphy and Winkler 1977; Bröcker and Smith 2007) as a standalone SVG image: x = mean predicted
/// probability of a bin, y = observed frequency, both 0..1 over a 400 px square with a 50 px margin; the dashed diagonal
/// is perfect calibration, the dotted horizontal line the base rate; each non-empty bin is a point labelled with its call
/// count. Pure: the same bins give the same bytes.
/// </summary>
public static class ReliabilityDiagram
{
    private const double Margin = 50;
    private const double Side = 400;

    /// <summary>The SVG document of <paramref name="bins"/> titled <paramref name="title"/>; the base-rate line is drawn when <paramref name="baseRate"/> is set.</summary>
    public static string Svg(IReadOnlyList<ReliabilityBucket> bins, string title, double? baseRate)
    {
        ArgumentNullException.ThrowIfNull(bins);
        ArgumentNullException.ThrowIfNull(title);
        var size = Px((2 * Margin) + Side);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {size} {size}\" font-family=\"sans-serif\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(Margin + (Side / 2))}\" y=\"24\" text-anchor=\"middle\" font-size=\"14\">{Escape(title)}</text>\n");
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect x=\"{Px(Margin)}\" y=\"{Px(Margin)}\" width=\"{Px(Side)}\" height=\"{Px(Side)}\" fill=\"#fff\" stroke=\"#9aa4b2\"/>\n");
        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"diagonal\" x1=\"{X(0)}\" y1=\"{Y(0)}\" x2=\"{X(1)}\" y2=\"{Y(1)}\" stroke=\"#9aa4b2\" stroke-dasharray=\"6 4\"/>\n");
        if (baseRate is { } rate)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<line class=\"base-rate\" x1=\"{X(0)}\" y1=\"{Y(rate)}\" x2=\"{X(1)}\" y2=\"{Y(rate)}\" stroke=\"#d97706\" stroke-dasharray=\"2 3\"/>\n");
        }

        for (var tick = 0; tick <= 10; tick += 2)
        {
            var v = tick / 10.0;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(v)}\" y=\"{Px(Margin + Side + 16)}\" text-anchor=\"middle\" font-size=\"11\">{v:0.0}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(Margin - 6)}\" y=\"{Y(v)}\" text-anchor=\"end\" font-size=\"11\">{v:0.0}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(Margin + (Side / 2))}\" y=\"{Px(Margin + Side + 36)}\" text-anchor=\"middle\" font-size=\"12\">predicted probability</text>\n");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"14\" y=\"{Px(Margin + (Side / 2))}\" text-anchor=\"middle\" font-size=\"12\" transform=\"rotate(-90 14 {Px(Margin + (Side / 2))})\">observed frequency</text>\n");
        foreach (var b in bins.Where(b => b is { Count: > 0, MeanConfidence: not null, ObservedFrequency: not null }))
        {
            var (x, y) = (b.MeanConfidence!.Value, b.ObservedFrequency!.Value);
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle class=\"bin\" cx=\"{X(x)}\" cy=\"{Y(y)}\" r=\"{Px(3 + Math.Min(9, Math.Sqrt(b.Count) / 3))}\" fill=\"#2563eb\" fill-opacity=\"0.7\"><title>{b.Lower:0.00}-{b.Upper:0.00}: {b.Count} calls, mean p {x:0.000}, observed {y:0.000}</title></circle>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(Margin + (Side * x) + 10)}\" y=\"{Px(Margin + Side - (Side * y) - 8)}\" font-size=\"10\">{b.Count}</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string X(double p) => Px(Margin + (Side * p));

    private static string Y(double f) => Px(Margin + Side - (Side * f));

    private static string Px(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
