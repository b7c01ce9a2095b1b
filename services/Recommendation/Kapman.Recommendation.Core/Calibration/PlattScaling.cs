namespace Kapman.Recommendation.Core.Calibration;

/// <summary>
/// Logistic (Platt) calibration: p(x, f) = 1 / (1 + exp(−(A·x + Σ wⱼ·fⱼ + B))), x the rule confidence and f optional further
/// inputs (features), fitted by maximum likelihood (Platt 1999, "Probabilistic outputs for support vector machines", here
/// without Platt's target smoothing; with inputs beyond x it is plain logistic regression) with Newton-Raphson on the mean
/// log-loss. A tiny ridge (1e-6 on every coefficient) keeps separable or collinear data finite. Pure.
/// </summary>
public static class PlattScaling
{
    private const double Ridge = 1e-6;

    /// <summary>The fitted (A, B) for scores <paramref name="x"/> and outcomes <paramref name="y"/>.</summary>
    /// <exception cref="ArgumentException">Empty input, lengths differ, or a score is not finite.</exception>
    public static (double A, double B) Fit(IReadOnlyList<double> x, IReadOnlyList<bool> y)
    {
        var (a, b, _) = Fit(x, null, y);
        return (a, b);
    }

    /// <summary>The fitted (A, B, w) for scores <paramref name="x"/>, inputs <paramref name="features"/> (one row per score, all
    /// of one length; null for none) and outcomes <paramref name="y"/>.</summary>
    /// <exception cref="ArgumentException">Empty input, lengths differ, or a score or input is not finite.</exception>
    public static (double A, double B, double[] Weights) Fit(IReadOnlyList<double> x, IReadOnlyList<IReadOnlyList<double>>? features, IReadOnlyList<bool> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count == 0 || x.Count != y.Count || x.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Scores and outcomes must be non-empty, of equal length, and finite.", nameof(x));
        }

        var k = features is null ? 0 : features[0].Count;
        if (features is not null && (features.Count != x.Count || features.Any(f => f.Count != k || f.Any(v => !double.IsFinite(v)))))
        {
            throw new ArgumentException("Every score needs one row of finite inputs, all of one length.", nameof(features));
        }

        // Coefficients theta = [A, w1..wk, B] on the design row [x, f1..fk, 1].
        var m = k + 2;
        var theta = new double[m];
        var row = new double[m];
        var n = x.Count;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            // Gradient g and Hessian H of the mean negative log-likelihood plus the ridge.
            var g = new double[m];
            var h = new double[m, m];
            for (var j = 0; j < m; j++)
            {
                g[j] = Ridge * theta[j];
                h[j, j] = Ridge;
            }

            for (var i = 0; i < n; i++)
            {
                Design(x[i], features?[i], row);
                var p = Logistic(Dot(theta, row));
                var r = (p - (y[i] ? 1 : 0)) / n;
                var w = p * (1 - p) / n;
                for (var j = 0; j < m; j++)
                {
                    g[j] += r * row[j];
                    for (var l = 0; l < m; l++)
                    {
                        h[j, l] += w * row[j] * row[l];
                    }
                }
            }

            var step = Solve(h, g);
            var size = 0.0;
            for (var j = 0; j < m; j++)
            {
                theta[j] -= step[j];
                size += Math.Abs(step[j]);
            }

            if (size < 1e-12)
            {
                break;
            }
        }

        return (theta[0], theta[m - 1], theta[1..(m - 1)]);
    }

    /// <summary>p(x) = 1 / (1 + exp(−(A·x + B))).</summary>
    public static double Probability(double a, double b, double x) => Logistic((a * x) + b);

    /// <summary>p(x, f) = 1 / (1 + exp(−(A·x + Σ wⱼ·fⱼ + B))).</summary>
    /// <exception cref="ArgumentException">The inputs and weights differ in length.</exception>
    public static double Probability(double a, double b, IReadOnlyList<double> weights, double x, IReadOnlyList<double> features)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(features);
        if (weights.Count != features.Count)
        {
            throw new ArgumentException($"{features.Count} inputs for {weights.Count} weights.", nameof(features));
        }

        return Logistic((a * x) + b + weights.Select((w, j) => w * features[j]).Sum());
    }

    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));

    private static void Design(double x, IReadOnlyList<double>? f, double[] row)
    {
        row[0] = x;
        for (var j = 0; j < (f?.Count ?? 0); j++)
        {
            row[j + 1] = f![j];
        }

        row[^1] = 1;
    }

    private static double Dot(double[] a, double[] b) => a.Select((v, j) => v * b[j]).Sum();

    /// <summary>H·s = g by Gaussian elimination with partial pivoting (H is symmetric positive definite thanks to the ridge).</summary>
    private static double[] Solve(double[,] h, double[] g)
    {
        var m = g.Length;
        var a = (double[,])h.Clone();
        var b = (double[])g.Clone();
        for (var c = 0; c < m; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < m; r++)
            {
                pivot = Math.Abs(a[r, c]) > Math.Abs(a[pivot, c]) ? r : pivot;
            }

            for (var j = 0; j < m; j++)
            {
                (a[c, j], a[pivot, j]) = (a[pivot, j], a[c, j]);
            }

            (b[c], b[pivot]) = (b[pivot], b[c]);
            for (var r = c + 1; r < m; r++)
            {
                var factor = a[r, c] / a[c, c];
                for (var j = c; j < m; j++)
                {
                    a[r, j] -= factor * a[c, j];
                }

                b[r] -= factor * b[c];
            }
        }

        var s = new double[m];
        for (var r = m - 1; r >= 0; r--)
        {
            var sum = b[r];
            for (var j = r + 1; j < m; j++)
            {
                sum -= a[r, j] * s[j];
            }

            s[r] = sum / a[r, r];
        }

        return s;
    }
}
