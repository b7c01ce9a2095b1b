using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Backtest.Engine;

/// <summary>A position the backtest holds.</summary>
/// <param name="Id">Sequence number of the trade, from 1.</param>
/// <param name="Structure">Its structure type.</param>
/// <param name="Underlying">Ticker.</param>
/// <param name="EntryDate">Session of the entry.</param>
/// <param name="Expiration">Common expiration of the legs.</param>
/// <param name="Legs">Legs per unit.</param>
/// <param name="Units">Structures held.</param>
/// <param name="EntryCredit">Net credit received at the fill, $ per share of one unit.</param>
/// <param name="WingWidth">The wider wing, $ per share.</param>
/// <param name="EntrySpot">Underlying at entry, $ per share.</param>
/// <param name="EntryVix">VIX at entry, index points.</param>
/// <param name="Pop">POP stage G computed, 0..1.</param>
/// <param name="EvNetUsd">EV_net of one unit stage G computed, dollars.</param>
/// <param name="EntryCommission">Commission paid at entry, dollars.</param>
public sealed record OpenPosition(
    int Id,
    StructureType Structure,
    string Underlying,
    DateOnly EntryDate,
    DateOnly Expiration,
    IReadOnlyList<PositionLeg> Legs,
    int Units,
    double EntryCredit,
    double WingWidth,
    double EntrySpot,
    double EntryVix,
    double Pop,
    double EvNetUsd,
    double EntryCommission);
