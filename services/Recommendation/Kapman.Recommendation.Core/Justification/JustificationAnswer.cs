namespace Kapman.Recommendation.Core.Justification;

/// <summary>A model's answer in the <see cref="JustificationSchema"/> shape. Numbers as in <see cref="JustificationFacts"/>.</summary>
public sealed record JustificationAnswer(
    string Summary,
    string Rationale,
    string Risks,
    IReadOnlyList<AnswerContract> Contracts,
    double? Confidence,
    double? Breakeven,
    double? MaxLossPerContract,
    double? MaxProfitPerContract)
{
    /// <summary>The text stored as the justification: summary, rationale, then "Risks: …".</summary>
    public string Text => $"{Summary} {Rationale} Risks: {Risks}";
}
