namespace Kapman.Recommendation.Core.Calibration;

/// <summary>
/// Logistic (Platt) calibration: p(x) = 1 / (1 + exp(−(A·x + B))), fitted by maximum likelihood (Platt 1999,
/// "Probabilistic outputs for support vector machines"; here without Platt's target smoothing) with Newton-Raphson
/// on the mean log-loss. A tiny ridge (1e-6 on A and B) keeps separable data finite. Pure.
/// </summary>
public static class PlattScaling
{
    private const double Ridge = 1e-6;

    /// <summary>The fitted (A, B) for scores <paramref name="x"/> and outcomes <paramref name="y"/>.</summary>
    /// <exception cref="ArgumentException">Empty input, lengths differ, or a score is not finite.</exception>
    public static (double A, double B) Fit(IReadOnlyList<double> x, IReadOnlyList<bool> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count == 0 || x.Count != y.Count || x.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Scores and outcomes must be non-empty, of equal length, and finite.", nameof(x));
        }

        double a = 0, b = 0;
        var n = x.Count;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            // Gradient g and Hessian H of the mean negative log-likelihood plus the ridge.
            double ga = Ridge * a, gb = Ridge * b, haa = Ridge, hab = 0, hbb = Ridge;
            for (var i = 0; i < n; i++)
            {
                var p = Probability(a, b, x[i]);
                var r = (p - (y[i] ? 1 : 0)) / n;
                var w = p * (1 - p) / n;
                ga += r * x[i];
                gb += r;
                haa += w * x[i] * x[i];
                hab += w * x[i];
                hbb += w;
            }

            var det = (haa * hbb) - (hab * hab);
            var da = ((hbb * ga) - (hab * gb)) / det;
            var db = ((haa * gb) - (hab * ga)) / det;
            a -= da;
            b -= db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-12)
            {
                break;
            }
        }

        return (a, b);
    }

    /// <summary>p(x) = 1 / (1 + exp(−(A·x + B))).</summary>
    public static double Probability(double a, double b, double x) => 1 / (1 + Math.Exp(-((a * x) + b)));
}
