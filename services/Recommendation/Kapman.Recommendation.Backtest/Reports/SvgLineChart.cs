using System.Globalization;
using System.Net;
using System.Text;

namespace Kapman.Recommendation.Backtest.Reports;

/// <summary>
/// A small SVG line chart writer (no package: the web UI draws its charts itself and the CLI needs a file): a title, a y axis with
/// its minimum and maximum, a tick per year on the x axis, and one polyline.
/// </summary>
public static class SvgLineChart
{
    private const int Width = 960;
    private const int Height = 360;
    private const int Left = 80;
    private const int Right = 20;
    private const int Top = 40;
    private const int Bottom = 40;

    /// <summary>The SVG text of <paramref name="points"/> (ascending dates), values formatted with <paramref name="format"/>.</summary>
    public static string Render(string title, IReadOnlyList<(DateOnly Date, double Value)> points, string format, string color)
    {
        ArgumentNullException.ThrowIfNull(points);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{WebUtility.HtmlEncode(title)}</title>\n<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">{WebUtility.HtmlEncode(title)}</text>\n");
        if (points.Count > 0)
        {
            var min = points.Min(p => p.Value);
            var max = points.Max(p => p.Value);
            if (max <= min)
            {
                max = min + 1;
            }

            var first = points[0].Date.DayNumber;
            var span = Math.Max(1, points[^1].Date.DayNumber - first);
            double X(DateOnly d) => Left + ((Width - Left - Right) * (double)(d.DayNumber - first) / span);
            double Y(double v) => Top + ((Height - Top - Bottom) * (max - v) / (max - min));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#888\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#888\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\">{max.ToString(format, CultureInfo.InvariantCulture)}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Height - Bottom}\" text-anchor=\"end\">{min.ToString(format, CultureInfo.InvariantCulture)}</text>\n");
            for (var year = points[0].Date.Year + 1; year <= points[^1].Date.Year; year++)
            {
                var x = X(new DateOnly(year, 1, 1));
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.0}\" y1=\"{Height - Bottom}\" x2=\"{x:0.0}\" y2=\"{Height - Bottom + 5}\" stroke=\"#888\"/><text x=\"{x:0.0}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{year}</text>\n");
            }

            svg.Append("<polyline fill=\"none\" stroke=\"").Append(color).Append("\" stroke-width=\"1.2\" points=\"");
            svg.AppendJoin(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.Date):0.0},{Y(p.Value):0.0}")));
            svg.Append("\"/>\n");
        }

        return svg.Append("</svg>\n").ToString();
    }
}
