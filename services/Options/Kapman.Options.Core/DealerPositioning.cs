namespace Kapman.Options.Core;

/// <summary>Dealer positioning of one underlying on one session (formulas in <see cref="DealerPositioningCalculator"/>).</summary>
/// <param name="Status">A <see cref="DealerStatus"/> value.</param>
/// <param name="StatusReason">Why the status is not FULL (e.g. "NO_SPOT", "NO_ELIGIBLE_CONTRACTS", "ONLY_7_ELIGIBLE", "ZERO_GEX"), else null.</param>
/// <param name="Spot">Underlying price in $ per share, or null when unknown.</param>
/// <param name="EligibleContracts">Contracts that passed <see cref="DealerEligibility"/>.</param>
/// <param name="Excluded">Contracts excluded per <see cref="EligibilityReason"/> code.</param>
/// <param name="TotalGex">Σ |GEX| of eligible contracts in $ per 1 % move (gross).</param>
/// <param name="NetGex">Σ sign × |GEX| in $ per 1 % move (sign from the <see cref="DealerConvention"/>).</param>
/// <param name="CallGex">Σ |GEX| of eligible calls in $ per 1 % move.</param>
/// <param name="PutGex">Σ |GEX| of eligible puts in $ per 1 % move.</param>
/// <param name="GammaFlip">Spot in $ at which net GEX changes sign (nearest crossing to spot), or null when none within the grid.</param>
/// <param name="Dgpi">Dealer Gamma Positioning Index, 100 × NetGex / TotalGex in [−100, 100], or null without GEX.</param>
/// <param name="Position">A <see cref="DealerPosition"/> value.</param>
/// <param name="CallWallsByOi">Top 3 call strikes by summed OI.</param>
/// <param name="PutWallsByOi">Top 3 put strikes by summed OI.</param>
/// <param name="CallWallsByGex">Top 3 call strikes by summed |GEX|.</param>
/// <param name="PutWallsByGex">Top 3 put strikes by summed |GEX|.</param>
public sealed record DealerPositioning(
    string Status,
    string? StatusReason,
    double? Spot,
    int EligibleContracts,
    IReadOnlyDictionary<string, int> Excluded,
    double TotalGex,
    double NetGex,
    double CallGex,
    double PutGex,
    double? GammaFlip,
    double? Dgpi,
    string Position,
    IReadOnlyList<StrikeWall> CallWallsByOi,
    IReadOnlyList<StrikeWall> PutWallsByOi,
    IReadOnlyList<StrikeWall> CallWallsByGex,
    IReadOnlyList<StrikeWall> PutWallsByGex);
