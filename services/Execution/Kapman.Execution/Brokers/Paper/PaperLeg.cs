using Kapman.Execution.Core.Brokers;

namespace Kapman.Execution.Brokers.Paper;

/// <summary>One leg of a paper order as stored: the contract, the broker-interface side and contracts of the whole order.</summary>
public sealed record PaperLeg(string OccSymbol, OrderLegSide Side, int Quantity);
