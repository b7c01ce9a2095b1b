namespace Kapman.Wyckoff.Core;

/// <summary>
/// Where the latest event stands in its Wyckoff schematic (the events JSON of docs/domain/wyckoff-events-and-phases.md#event-sequence (seed 000 §5.3)).
/// Accumulation: SC 1, AR 2, ST 3, SPRING 4 (TEST confirms it, also 4), SOS 5, then LPS 6 and BU 7, which
/// the engine does not detect; pattern_completion_pct = position / 7. Distribution: BC 1, AR 2, ST 3, UTAD 4,
/// SOW 5, LPSY 6, of which BC and SOW are detected; completion = position / 6. docs/domain/wyckoff-events-and-phases.md#event-sequence (Seed 000 §5.3)'s example (SOS
/// at position 5 expecting LPS and BU) fixes the accumulation order.
/// </summary>
/// <param name="SequencePosition">1-based position of the latest schematic event; 0 without one.</param>
/// <param name="ExpectedNext">The next one or two events of the schematic.</param>
/// <param name="PatternCompletionPct">Position / schematic length, 0..1, rounded to 3 decimals.</param>
public sealed record EventSequence(int SequencePosition, IReadOnlyList<string> ExpectedNext, double PatternCompletionPct)
{
    private static readonly string[] Accumulation = ["SC", "AR", "ST", "SPRING", "SOS", "LPS", "BU"];
    private static readonly string[] Distribution = ["BC", "AR", "ST", "UTAD", "SOW", "LPSY"];

    /// <summary>No schematic event yet: position 0, expecting an SC or a BC.</summary>
    public static EventSequence None { get; } = new(0, ["SC", "BC"], 0);

    /// <summary>The sequence after <paramref name="code"/>, or <see cref="None"/> for a code outside both schematics.</summary>
    /// <param name="code">An event code; TEST counts as SPRING.</param>
    /// <param name="distribution">True to place it in the distribution schematic (BC, SOW).</param>
    public static EventSequence After(string code, bool distribution)
    {
        var schematic = distribution ? Distribution : Accumulation;
        var index = Array.IndexOf(schematic, code == "TEST" ? "SPRING" : code);
        if (index < 0)
        {
            return None;
        }

        return new EventSequence(
            index + 1, schematic.Skip(index + 1).Take(2).ToArray(), Math.Round((index + 1) / (double)schematic.Length, 3));
    }
}
