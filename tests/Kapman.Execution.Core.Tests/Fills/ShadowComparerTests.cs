using Kapman.Execution.Core.Fills;
using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Tests.Fills;

public class ShadowComparerTests
{
    [Test]
    public void Errors_are_signed_so_that_positive_means_the_paper_model_was_optimistic()
    {
        ShadowFillPair[] pairs =
        [
            new("A", PriceType.NetCredit, 3, 1.22m, 1.27m), // paper credit 0.05 better: +0.05, +15 $
            new("B", PriceType.NetDebit, 2, 0.93m, 0.95m), // paper paid 0.02 more: -0.02, -4 $
            new("C", PriceType.NetDebit, 1, 1.10m, 1.00m), // paper paid 0.10 less: +0.10, +10 $
        ];
        var c = ShadowComparer.Compare(pairs);
        Assert.Multiple(() =>
        {
            Assert.That(c.Orders, Is.EqualTo(3));
            Assert.That(c.MeanErrorPerShare, Is.EqualTo(0.13m / 3));
            Assert.That(c.WorstErrorPerShare, Is.EqualTo(0.10m));
            Assert.That(c.TotalErrorDollars, Is.EqualTo(21.00m)); // 15 - 4 + 10
        });
    }

    [Test]
    public void No_pairs_give_zeros() =>
        Assert.That(ShadowComparer.Compare([]), Is.EqualTo(new ShadowComparison(0, 0m, 0m, 0m)));
}
