using Kapman.Recommendation.Justification;

namespace Kapman.Recommendation.Application;

/// <summary>One ticker's decision with its justification, written before any transaction opens and stored in one.</summary>
public sealed record JustifiedDecision(StoredDecision Stored, JustificationResult Justification);
