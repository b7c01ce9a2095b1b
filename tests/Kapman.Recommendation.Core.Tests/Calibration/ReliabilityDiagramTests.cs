using Kapman.Recommendation.Core.Calibration;
using Kapman.Recommendation.Core.Outcomes;

namespace Kapman.Recommendation.Core.Tests.Calibration;

public sealed class ReliabilityDiagramTests
{
    private static readonly ReliabilityBucket[] Bins =
    [
        new(0.0, 0.5, 0, null, null), new(0.5, 1.0, 9, 0.75, 0.25),
    ];

    [Test]
    public void Each_non_empty_bin_is_a_point_at_mean_p_and_observed_frequency_with_its_count()
    {
        var svg = ReliabilityDiagram.Svg(Bins, "Test <calls>", 0.4);

        // 400 px square at a 50 px margin: x = 50 + 400 x 0.75 = 350, y = 450 - 400 x 0.25 = 350; radius 3 + sqrt(9) / 3 = 4.
        Assert.That(svg, Does.Contain("<circle class=\"bin\" cx=\"350\" cy=\"350\" r=\"4\""));
        Assert.That(svg, Does.Contain("0.50-1.00: 9 calls, mean p 0.750, observed 0.250"));
        Assert.That(svg.Split("class=\"bin\"").Length - 1, Is.EqualTo(1), "the empty bin is not drawn");
        // Base rate 0.4 at y = 450 - 160 = 290; the diagonal from (50, 450) to (450, 50).
        Assert.That(svg, Does.Contain("<line class=\"base-rate\" x1=\"50\" y1=\"290\" x2=\"450\" y2=\"290\""));
        Assert.That(svg, Does.Contain("<line class=\"diagonal\" x1=\"50\" y1=\"450\" x2=\"450\" y2=\"50\""));
        Assert.That(svg, Does.Contain("<title>Test &lt;calls&gt;</title>"));
    }

    [Test]
    public void Without_a_base_rate_no_base_rate_line_is_drawn() =>
        Assert.That(ReliabilityDiagram.Svg(Bins, "t", null), Does.Not.Contain("base-rate"));
}
