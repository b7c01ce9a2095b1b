using System.ComponentModel.DataAnnotations;
using Kapman.Execution.Core.Fills;

namespace Kapman.Execution.Brokers.Paper;

/// <summary>
/// Section <c>Kapman:Execution:Paper</c>: the paper broker's model (docs/domain/execution.md#paper-fills, seed 003 §9 task 10.2.1, "midpoint + configurable slippage", with
/// the conservative additions of <see cref="PaperFillModel"/>). What is modelled and what is not:
/// <list type="bullet">
/// <item>quotes are the stored chain of the latest session (the options read contract), not a live feed: bid and ask only;</item>
/// <item>the stored chain has no sizes, so every quote is taken to show <see cref="AssumedQuoteSize"/> contracts on each side;</item>
/// <item>a leg fills at mid ± <see cref="SlippageTicks"/> penny ticks (plus 0..<see cref="SlippageJitterTicks"/> drawn from SplitMix64
/// seeded with <see cref="Seed"/>, whose state is stored so the sequence survives restarts), never outside its quote;</item>
/// <item>a limit fills only at the limit or better; commission is <see cref="CommissionPerContract"/> per contract per leg;</item>
/// <item>no queue position, no fills between quotes, no exchange fees, no assignment or expiry.</item>
/// </list>
/// </summary>
public sealed class PaperOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Execution:Paper";

    /// <summary>Ticks each leg gives up from its mid (seed default 2).</summary>
    [Range(0, 100)]
    public int SlippageTicks { get; set; } = 2;

    /// <summary>Extra ticks drawn per leg from 0..this (default 0: the seed's model, no randomness).</summary>
    [Range(0, 100)]
    public int SlippageJitterTicks { get; set; }

    /// <summary>Dollars per contract per leg (default 0.65).</summary>
    [Range(0.0, 100.0)]
    public decimal CommissionPerContract { get; set; } = 0.65m;

    /// <summary>Contracts assumed on each side of every stored quote (the stored chain has no sizes); default 100.</summary>
    [Range(1, 1_000_000)]
    public int AssumedQuoteSize { get; set; } = 100;

    /// <summary>The seed of the jitter's generator; the same seed and the same orders give the same fills.</summary>
    public long Seed { get; set; } = 20_250_101;

    /// <summary>Cash the simulated account starts with, dollars (default 100 000).</summary>
    [Range(0.0, 1e12)]
    public decimal StartingCash { get; set; } = 100_000m;

    /// <summary>The fill model's settings.</summary>
    public PaperFillSettings FillSettings() => new(SlippageTicks, TickSizeRule.Penny, CommissionPerContract, SlippageJitterTicks);
}
