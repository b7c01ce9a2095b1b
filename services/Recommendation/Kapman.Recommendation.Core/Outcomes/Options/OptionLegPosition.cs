using Kapman.MarketData;
using Kapman.Recommendation.Core.Strategies;

namespace Kapman.Recommendation.Core.Outcomes.Options;

/// <summary>One leg of an issued position: its OCC symbol, whether it was bought or sold, its right and strike ($ per share).</summary>
public sealed record OptionLegPosition(string OccSymbol, LegSide Side, OptionRight Right, double Strike);
