namespace Kapman.OptionMath;

/// <summary>
/// Sensitivities of one option (one share of deliverable, not one contract), in the units traders quote.
/// </summary>
/// <param name="Delta">∂V/∂S: $ of option value per $1 move of the underlying (call 0..1, put −1..0).</param>
/// <param name="Gamma">∂²V/∂S²: change of delta per $1 move of the underlying (≥ 0 for a long option in the model).</param>
/// <param name="ThetaPerDay">−∂V/∂T ÷ 365: $ of option value lost per calendar day that passes (usually negative).</param>
/// <param name="VegaPerVolPoint">∂V/∂σ ÷ 100: $ of option value per 1 volatility point (σ + 0.01).</param>
/// <param name="Rho">
/// ∂V/∂r ÷ 100: $ of option value per 1 percentage point (0.01) rise of the risk-free rate.
/// <see cref="double.NaN"/> when the source gave no rho (Polygon snapshots carry delta, gamma, theta and vega only).
/// </param>
public readonly record struct Greeks(double Delta, double Gamma, double ThetaPerDay, double VegaPerVolPoint, double Rho);
