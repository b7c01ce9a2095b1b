namespace Kapman.Web.Clients;

/// <summary>A ticker's Wyckoff scores for a session (wyckoff API <c>GET /snapshots?session=D</c>).</summary>
/// <param name="Ticker">Underlying ticker.</param>
/// <param name="SessionDate">Session scored.</param>
/// <param name="BcScore">Buying Climax score, 0-28.</param>
/// <param name="SpringScore">Spring score, 0-12.</param>
/// <param name="Signal">EXIT (BC ≥ 24), PREPARE (BC ≥ 20), ENTRY (Spring setup) or null (docs/domain/wyckoff-scores.md#decision-rules, seed 000 §11.4).</param>
/// <param name="Events">Wyckoff events detected in the window (SC, BC, AR, ST, SPRING, TEST, SOS, SOW).</param>
/// <param name="BcSignals">The BC score's rules with their points and reasons.</param>
/// <param name="SpringSignals">The Spring score's rules with their points and reasons.</param>
/// <param name="Phase">Wyckoff phase A-E of the session (null on snapshots stored before phases were scored).</param>
public sealed record WyckoffSnapshot(
    string Ticker,
    DateOnly SessionDate,
    int BcScore,
    int SpringScore,
    string? Signal,
    IReadOnlyList<WyckoffEvent>? Events,
    IReadOnlyList<ScoreSignal>? BcSignals,
    IReadOnlyList<ScoreSignal>? SpringSignals,
    string? Phase = null)
{
    /// <summary>Signal of a Buying Climax exit.</summary>
    public const string Exit = "EXIT";

    /// <summary>Signal to prepare an exit.</summary>
    public const string Prepare = "PREPARE";

    /// <summary>Signal of a Spring entry.</summary>
    public const string Entry = "ENTRY";
}
