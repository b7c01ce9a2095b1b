namespace Kapman.Wyckoff.Core;

/// <summary>The Wyckoff analysis of one ticker on one session (the <c>GET /snapshots</c> row).</summary>
/// <param name="Ticker">Ticker symbol.</param>
/// <param name="SessionDate">Date of the last bar of the history.</param>
/// <param name="Bc">Buying-climax score, 0-28 (seed 000 §11.2).</param>
/// <param name="Spring">Spring score, 0-12 (seed 000 §11.3).</param>
/// <param name="Events">Events detected on the session bar.</param>
/// <param name="Signal"><c>EXIT</c>, <c>PREPARE</c>, <c>ENTRY</c> or null (seed 000 §11.4).</param>
/// <param name="AlertKind"><c>BC_EXIT</c>, <c>SPRING_ENTRY</c> or null.</param>
/// <param name="ModelVersion">From <see cref="WyckoffParameters.ModelVersion"/>.</param>
public sealed record WyckoffSnapshot(
    string Ticker,
    DateOnly SessionDate,
    WyckoffScore Bc,
    WyckoffScore Spring,
    IReadOnlyList<WyckoffEvent> Events,
    string? Signal,
    string? AlertKind,
    string ModelVersion);
