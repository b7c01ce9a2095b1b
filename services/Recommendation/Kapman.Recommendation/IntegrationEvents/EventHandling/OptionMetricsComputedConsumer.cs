using Kapman.Contracts;
using Kapman.Recommendation.Application;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.IntegrationEvents.EventHandling;

/// <summary>The options input of the recommendation join.</summary>
public sealed class OptionMetricsComputedConsumer(ServiceDatabase database, TimeProvider clock, RecommendationJoin join)
    : RecommendationJoinConsumer<OptionMetricsComputed>(database, clock, join)
{
    protected override bool IsWyckoffInput => false;
}
