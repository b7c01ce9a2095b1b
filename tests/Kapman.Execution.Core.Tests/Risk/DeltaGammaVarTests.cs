using Kapman.Execution.Core.Risk;

namespace Kapman.Execution.Core.Tests.Risk;

/// <summary>The delta-gamma VaR formula on a hand case (docs/domain/risk-book.md#delta-gamma-var).</summary>
[TestFixture]
public sealed class DeltaGammaVarTests
{
    [Test]
    public void A_short_delta_long_gamma_book_at_99_percent()
    {
        // Δ −50 shares, Γ 4 shares per $, S 200, σ_day 1 %: δS = 200 × 0.01 × 2.326 = 4.652;
        // |−50 × 4.652| + ½ × 4 × 4.652² = 232.6 + 43.282208 = 275.882208.
        Assert.That(DeltaGammaVar.Of(-50, 4, 200, 0.01, DeltaGammaVar.Z99), Is.EqualTo(275.882208).Within(1e-9));
    }

    [Test]
    public void Gamma_counts_as_a_loss_whatever_its_sign_and_95_percent_is_smaller()
    {
        // δS = 200 × 0.01 × 1.645 = 3.29; 50 × 3.29 + ½ × 4 × 3.29² = 164.5 + 21.6482 = 186.1482.
        Assert.Multiple(() =>
        {
            Assert.That(DeltaGammaVar.Of(50, -4, 200, 0.01, DeltaGammaVar.Z95), Is.EqualTo(186.1482).Within(1e-9));
            Assert.That(DeltaGammaVar.Of(0, 0, 200, 0.01, DeltaGammaVar.Z99), Is.Zero);
        });
    }
}
