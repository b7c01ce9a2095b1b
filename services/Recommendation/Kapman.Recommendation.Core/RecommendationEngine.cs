using System.Globalization;
using Kapman.Options.Core;

namespace Kapman.Recommendation.Core;

/// <summary>
/// Turns a Wyckoff alert into a long single-leg option on a listed contract, or explains why not
/// (seed 000 §5.4 "Option Strategy Mapping": long call when bullish, long put when bearish, 30–90 DTE;
/// FR-006: real strikes and expirations only).
/// </summary>
/// <remarks>
/// Rules, in order:
/// <list type="number">
/// <item>SPRING_ENTRY ⇒ LONG_CALL, direction LONG; BC_EXIT ⇒ LONG_PUT, direction SHORT; no alert ⇒ no trade
/// "no signal: BC b/28, Spring s/12"; any other alert kind ⇒ no trade "unknown alert kind 'x'".</item>
/// <item>Expiry: among the chain's expirations whose DTE (calendar days SessionDate → Expiration) lies in
/// [MinDte, MaxDte], the one nearest the window's middle (MinDte + MaxDte) / 2; on a tie the earlier one.
/// None ⇒ "no expiry within MinDte-MaxDte DTE".</item>
/// <item>Contract: in that expiry, of the wanted right, with bid &gt; 0, open interest ≥ MinOpenInterest and a
/// finite delta, the one whose |delta| is nearest TargetAbsDelta; ties go to the higher open interest, then
/// the lower strike, then the OCC symbol (ordinal). None ⇒ "no liquid call with a delta in yyyy-MM-dd expiry".</item>
/// </list>
/// Confidence of a trade: SPRING_ENTRY ⇒ SpringScore / 12, BC_EXIT ⇒ BcScore / 28 (the scores' full scales,
/// seed 000 §11.2–11.3), clamped to [0, 1]; a no-trade has confidence 0.
/// </remarks>
public static class RecommendationEngine
{
    /// <summary>Full scale of the BC score.</summary>
    public const int BcMaxScore = 28;

    /// <summary>Full scale of the Spring score.</summary>
    public const int SpringMaxScore = 12;

    /// <summary>Decides on one signal, choosing only among the <paramref name="chain"/> instances.</summary>
    /// <param name="signal">The Wyckoff scores and alert.</param>
    /// <param name="spot">Underlying price in $ per share on the session (quoted in the justification).</param>
    /// <param name="chain">The listed contracts of the ticker on the session (any order).</param>
    /// <param name="parameters">The selection parameters.</param>
    /// <exception cref="ArgumentNullException">An argument or <see cref="SignalInput.Ticker"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// spot not positive and finite; MinDte &lt; 0 or MaxDte &lt; MinDte; TargetAbsDelta outside (0, 1]; MinOpenInterest &lt; 0.
    /// </exception>
    public static RecommendationDecision Decide(SignalInput signal, double spot, IReadOnlyList<ChainContract> chain, RecommendationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(signal.Ticker, nameof(signal));
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(parameters);
        Validate(spot, parameters);

        OptionRight right;
        double confidence;
        switch (signal.AlertKind)
        {
            case null:
                return NoTrade(signal, parameters, $"no signal: BC {signal.BcScore}/{BcMaxScore}, Spring {signal.SpringScore}/{SpringMaxScore}");
            case AlertKinds.SpringEntry:
                right = OptionRight.Call;
                confidence = Math.Clamp(signal.SpringScore / (double)SpringMaxScore, 0.0, 1.0);
                break;
            case AlertKinds.BcExit:
                right = OptionRight.Put;
                confidence = Math.Clamp(signal.BcScore / (double)BcMaxScore, 0.0, 1.0);
                break;
            default:
                return NoTrade(signal, parameters, $"unknown alert kind '{signal.AlertKind}'");
        }

        var session = signal.SessionDate;
        var expiries = chain
            .Select(contract => contract.Expiration)
            .Distinct()
            .Select(expiration => (Expiration: expiration, Dte: expiration.DayNumber - session.DayNumber))
            .Where(expiry => expiry.Dte >= parameters.MinDte && expiry.Dte <= parameters.MaxDte)
            .ToList();
        if (expiries.Count == 0)
        {
            return NoTrade(signal, parameters, $"no expiry within {parameters.MinDte}-{parameters.MaxDte} DTE");
        }

        var middle = (parameters.MinDte + parameters.MaxDte) / 2.0;
        var (expiration, dte) = expiries.OrderBy(expiry => Math.Abs(expiry.Dte - middle)).ThenBy(expiry => expiry.Dte).First();

        var chosen = chain
            .Where(contract => contract.Expiration == expiration
                && contract.Right == right
                && contract.Bid > 0
                && contract.OpenInterest >= parameters.MinOpenInterest
                && contract.Delta is { } delta && double.IsFinite(delta))
            .OrderBy(contract => Math.Abs(Math.Abs(contract.Delta!.Value) - parameters.TargetAbsDelta))
            .ThenByDescending(contract => contract.OpenInterest)
            .ThenBy(contract => contract.Strike)
            .ThenBy(contract => contract.OccSymbol, StringComparer.Ordinal)
            .FirstOrDefault();
        if (chosen is null)
        {
            return NoTrade(signal, parameters, string.Create(
                CultureInfo.InvariantCulture, $"no liquid {RightWord(right)} with a delta in {expiration:yyyy-MM-dd} expiry"));
        }

        var strategy = right == OptionRight.Call ? "LONG_CALL" : "LONG_PUT";
        var direction = right == OptionRight.Call ? "LONG" : "SHORT";
        var justification = Justify(signal, spot, strategy, chosen, dte, confidence);
        return new RecommendationDecision(
            signal.Ticker, session, true, strategy, direction, chosen, dte, confidence, justification, null, parameters.ModelVersion);
    }

    private static string Justify(SignalInput signal, double spot, string strategy, ChainContract contract, int dte, double confidence)
    {
        var bid = contract.Bid!.Value;
        var price = contract.Ask is { } ask && ask >= bid
            ? string.Create(CultureInfo.InvariantCulture, $"mid {0.5 * (bid + ask):F2} (bid {bid:F2} / ask {ask:F2})")
            : string.Create(CultureInfo.InvariantCulture, $"mid n/a (bid {bid:F2}, no ask)");
        var scores = signal.AlertKind == AlertKinds.SpringEntry
            ? $"Spring {signal.SpringScore}/{SpringMaxScore} (BC {signal.BcScore}/{BcMaxScore})"
            : $"BC {signal.BcScore}/{BcMaxScore} (Spring {signal.SpringScore}/{SpringMaxScore})";
        var basis = signal.AlertKind == AlertKinds.SpringEntry
            ? $"Spring {signal.SpringScore}/{SpringMaxScore}"
            : $"BC {signal.BcScore}/{BcMaxScore}";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{signal.Ticker} {signal.SessionDate:yyyy-MM-dd}: {signal.AlertKind} with {scores} => {strategy} {contract.OccSymbol}: "
            + $"strike {contract.Strike:0.###}, expiry {contract.Expiration:yyyy-MM-dd} ({dte} DTE), delta {contract.Delta!.Value:0.00}, "
            + $"{price}, spot {spot:F2}. Confidence {confidence:0.00} = {basis}.");
    }

    private static RecommendationDecision NoTrade(SignalInput signal, RecommendationParameters parameters, string reason) =>
        new(
            signal.Ticker,
            signal.SessionDate,
            false,
            null,
            null,
            null,
            null,
            0.0,
            string.Create(CultureInfo.InvariantCulture, $"{signal.Ticker} {signal.SessionDate:yyyy-MM-dd}: no trade: {reason}."),
            reason,
            parameters.ModelVersion);

    private static string RightWord(OptionRight right) => right == OptionRight.Call ? "call" : "put";

    private static void Validate(double spot, RecommendationParameters parameters)
    {
        if (!double.IsFinite(spot) || spot <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(spot), spot, "Spot must be positive and finite.");
        }

        if (parameters.MinDte < 0 || parameters.MaxDte < parameters.MinDte)
        {
            throw new ArgumentOutOfRangeException(nameof(parameters), $"DTE window [{parameters.MinDte}, {parameters.MaxDte}] must satisfy 0 <= MinDte <= MaxDte.");
        }

        if (!(parameters.TargetAbsDelta > 0 && parameters.TargetAbsDelta <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(parameters), parameters.TargetAbsDelta, "TargetAbsDelta must be in (0, 1].");
        }

        if (parameters.MinOpenInterest < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(parameters), parameters.MinOpenInterest, "MinOpenInterest must be non-negative.");
        }
    }
}
