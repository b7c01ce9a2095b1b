using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decisions;

/// <summary>One candidate of the daily run: an underlying and a structure decided by the core, with its gate trail.</summary>
/// <param name="Ticker">The underlying.</param>
/// <param name="Structure">The structure decided.</param>
/// <param name="Session">The session.</param>
/// <param name="DecidedAt">The decision instant.</param>
/// <param name="Result">The pipeline's result: the trail, the candidate F chose and EV_net.</param>
/// <param name="Pricing"><see cref="StoredChainPricing"/> (the live run decides only on stored chains).</param>
public sealed record GateDecision(string Ticker, StructureType Structure, DateOnly Session, DateTimeOffset DecidedAt, DecisionResult Result, string Pricing)
{
    /// <summary>Pricing label of a decision made on a stored (real) chain.</summary>
    public const string StoredChainPricing = "stored-chain";

    /// <summary>The recommendation source of an accepted candidate, e.g. <c>decision:iron_condor</c>.</summary>
    public string Source => "decision:" + Structure.Code();
}
