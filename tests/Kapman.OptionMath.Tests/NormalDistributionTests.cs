namespace Kapman.OptionMath.Tests;

public sealed class NormalDistributionTests
{
    // Reference values Φ(x) = 0.5·erfc(−x/√2) at 16 digits (C99 erfc via Python math.erfc).
    [TestCase(0.0, 0.5)]
    [TestCase(1.0, 0.8413447460685429)]
    [TestCase(-1.0, 0.15865525393145707)]
    [TestCase(1.959963984540054, 0.975)]
    [TestCase(-3.0, 0.0013498980316300957)]
    [TestCase(-8.0, 6.220960574271819e-16)]
    public void Cdf_matches_reference_values(double x, double expected)
    {
        Assert.That(NormalDistribution.Cdf(x), Is.EqualTo(expected).Within(1e-15 + 1e-8 * expected));
    }

    [Test]
    public void Cdf_is_symmetric_and_monotone()
    {
        var previous = 0.0;
        for (var x = -10.0; x <= 10.0; x += 0.01)
        {
            var value = NormalDistribution.Cdf(x);
            Assert.That(value + NormalDistribution.Cdf(-x), Is.EqualTo(1.0).Within(1e-15));
            Assert.That(value, Is.GreaterThanOrEqualTo(previous));
            previous = value;
        }
    }

    [Test]
    public void Density_at_zero_is_one_over_root_two_pi()
    {
        Assert.That(NormalDistribution.Density(0), Is.EqualTo(1.0 / Math.Sqrt(2 * Math.PI)).Within(1e-16));
    }
}
