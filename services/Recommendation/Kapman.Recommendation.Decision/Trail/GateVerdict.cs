namespace Kapman.Recommendation.Decision.Trail;

/// <summary>One stage's verdict in the gate trail: passed or not, why, and every value it compared.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Passed">True when the candidate may go on.</param>
/// <param name="Reason">One line for the operator ("why?" / "why not?").</param>
/// <param name="Compared">The comparisons, in the order made.</param>
public sealed record GateVerdict(GateStage Stage, bool Passed, string Reason, IReadOnlyList<ComparedValue> Compared)
{
    /// <summary>The stage letter.</summary>
    public string Code => Stage.Code();

    /// <summary>A verdict from its comparisons: passed when all of them passed.</summary>
    public static GateVerdict From(GateStage stage, IReadOnlyList<ComparedValue> compared, string passReason, string failPrefix)
    {
        ArgumentNullException.ThrowIfNull(compared);
        var failed = compared.Where(c => !c.Passed).ToList();
        return failed.Count == 0
            ? new GateVerdict(stage, true, passReason, compared)
            : new GateVerdict(stage, false, $"{failPrefix}: {string.Join("; ", failed)}", compared);
    }

    /// <summary>Multi-line text: the header and one line per comparison.</summary>
    public override string ToString() =>
        $"{Code} {(Passed ? "PASS" : "REJECT")} {Reason}" + string.Concat(Compared.Select(c => "\n    " + c));
}
