using Kapman.Execution.Core.Fills;

namespace Kapman.Execution.Core.Tests.Fills;

public class SplitMix64Tests
{
    [Test]
    public void Seed_zero_gives_the_reference_sequence()
    {
        // Outputs of Vigna's splitmix64.c for seed 0.
        var rng = new SplitMix64(0);
        var values = new List<ulong>();
        for (var i = 0; i < 4; i++)
        {
            (var v, rng) = rng.NextUInt64();
            values.Add(v);
        }

        Assert.That(values, Is.EqualTo(new[] { 0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL, 0x06C45D188009454FUL, 0xF88BB8A8724C81ECUL }));
    }

    [Test]
    public void NextInt_scales_by_multiply_high()
    {
        // 0xE220A8397B1DCDAF / 2^64 = 0.8833 -> floor(3 x 0.8833) = 2; 0x6E789E6AA1B965F4 / 2^64 = 0.4315 -> 1.
        var (a, next) = new SplitMix64(0).NextInt(3);
        var (b, _) = next.NextInt(3);
        Assert.That((a, b), Is.EqualTo((2, 1)));
    }

    [Test]
    public void The_generator_is_a_value_the_same_seed_repeats()
    {
        var a = new SplitMix64(42);
        var b = new SplitMix64(42);
        Assert.That(a.NextUInt64().Value, Is.EqualTo(b.NextUInt64().Value).And.EqualTo(0xBDD732262FEB6E95UL));
    }
}
