using System.Text;

namespace Kapman.Contracts;

/// <summary>
/// One of <see cref="Count"/> fixed shards of a session's tickers: a ticker belongs to shard
/// FNV-1a-32(UTF-8 of the ticker) mod <see cref="Count"/>. The hash is fixed by its definition (FNV-1a, offset basis
/// 2166136261, prime 16777619; http://www.isthe.com/chongo/tech/comp/fnv/), unlike <see cref="string.GetHashCode()"/>, which
/// .NET randomises per process, so every replica and every run puts a ticker in the same shard.
/// </summary>
/// <param name="Index">The shard, 0 ≤ Index &lt; Count.</param>
/// <param name="Count">How many shards the session is split into, at least 1.</param>
public readonly record struct TickerShard(int Index, int Count)
{
    /// <summary>The whole session as one shard.</summary>
    public static TickerShard Whole { get; } = new(0, 1);

    /// <summary>Whether <paramref name="ticker"/> belongs to this shard.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Count &lt; 1 or Index outside 0..Count-1.</exception>
    public bool Contains(string ticker)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(Index, Count);
        return IndexOf(ticker, Count) == Index;
    }

    /// <summary>The shard index of <paramref name="ticker"/> among <paramref name="count"/> shards.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ticker"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> &lt; 1.</exception>
    public static int IndexOf(string ticker, int count)
    {
        ArgumentNullException.ThrowIfNull(ticker);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return (int)(Fnv1a32(ticker) % (uint)count);
    }

    /// <summary>FNV-1a, 32 bits, over the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static uint Fnv1a32(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }
}
