namespace Kapman.Recommendation.Core.Justification;

/// <summary>A contract named in a model's answer (as the model wrote it; validated against the allowed list).</summary>
public sealed record AnswerContract(string OccSymbol, string Expiration, double Strike, string Right);
