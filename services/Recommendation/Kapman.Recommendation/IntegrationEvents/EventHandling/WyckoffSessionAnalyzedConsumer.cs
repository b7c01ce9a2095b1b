using Kapman.Contracts;
using Kapman.Recommendation.Application;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.IntegrationEvents.EventHandling;

/// <summary>The Wyckoff input of the recommendation join.</summary>
public sealed class WyckoffSessionAnalyzedConsumer(ServiceDatabase database, TimeProvider clock, RecommendationJoin join)
    : RecommendationJoinConsumer<WyckoffSessionAnalyzed>(database, clock, join)
{
    protected override bool IsWyckoffInput => true;
}
