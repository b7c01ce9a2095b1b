namespace Kapman.OptionMath.Tests.Probability;

/// <summary>Standard normal draws by Box-Muller from a seeded <see cref="Random"/>: the Monte Carlo reference of the probability tests.</summary>
internal sealed class GbmSampler(int seed)
{
    private readonly Random _random = new(seed);
    private double? _spare;

    public double NextNormal()
    {
        if (_spare is { } spare)
        {
            _spare = null;
            return spare;
        }

        var u1 = 1d - _random.NextDouble();
        var u2 = _random.NextDouble();
        var radius = Math.Sqrt(-2d * Math.Log(u1));
        _spare = radius * Math.Sin(2d * Math.PI * u2);
        return radius * Math.Cos(2d * Math.PI * u2);
    }

    /// <summary>S_T = S_0·exp((μ − σ²/2)T + σ√T·Z).</summary>
    public double Terminal(double spot, double years, double drift, double volatility) =>
        spot * Math.Exp(((drift - (0.5 * volatility * volatility)) * years) + (volatility * Math.Sqrt(years) * NextNormal()));
}
