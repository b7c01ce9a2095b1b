namespace Kapman.Execution.Core.Fills;

/// <summary>
/// A seeded, immutable pseudo-random generator (SplitMix64, Steele, Lea and Flood, "Fast splittable pseudorandom
/// number generators", OOPSLA 2014; constants from Vigna's reference <c>splitmix64.c</c>). The same seed gives the
/// same sequence on every runtime, unlike <see cref="Random"/>, whose algorithm is not specified. Each draw returns
/// the value and the advanced generator; the caller threads it on.
/// </summary>
/// <param name="State">The internal state (the seed before the first draw).</param>
public readonly record struct SplitMix64(ulong State)
{
    /// <summary>The next 64-bit value and the advanced generator.</summary>
    public (ulong Value, SplitMix64 Next) NextUInt64()
    {
        var state = unchecked(State + 0x9E3779B97F4A7C15UL);
        var z = state;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (z ^ (z >> 31), new SplitMix64(state));
    }

    /// <summary>
    /// An integer in [0, <paramref name="maxExclusive"/>) by the multiply-high reduction ⌊value × n / 2⁶⁴⌋
    /// (Lemire, "Fast random integer generation in an interval", 2019, without the rejection step).
    /// </summary>
    public (int Value, SplitMix64 Next) NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var (value, next) = NextUInt64();
        return ((int)Math.BigMul(value, (ulong)maxExclusive, out _), next);
    }
}
