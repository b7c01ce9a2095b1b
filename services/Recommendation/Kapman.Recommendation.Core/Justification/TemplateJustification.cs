using System.Globalization;

namespace Kapman.Recommendation.Core.Justification;

/// <summary>The deterministic justification: the same facts always give the same text, and it names only the allowed contracts.</summary>
public static class TemplateJustification
{
    /// <summary>Writer name stored with the text.</summary>
    public const string Writer = "template";

    /// <summary>Version stored as the model version of a template text.</summary>
    public const string Version = "template-2";

    /// <summary>The text for <paramref name="facts"/> (the spot is omitted when unknown, i.e. not positive).</summary>
    public static string Write(JustificationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var spot = facts.Spot > 0 ? Text($" (spot {facts.Spot:F2})") : string.Empty;
        var head = Text($"{facts.Ticker} {facts.SessionDate:yyyy-MM-dd}{spot}: {facts.Basis}.");
        if (facts.AllowedContracts.Count == 0)
        {
            return Text($"{head} {facts.Direction} / {facts.Action}: no trade: {facts.NoTradeReason}.");
        }

        var legs = string.Join(", ", facts.AllowedContracts.Select(c =>
            Text($"{c.Side} {c.OccSymbol} ({c.Right} {c.Strike:0.###}, {c.Expiration:yyyy-MM-dd}) at {c.Price:F2}")));
        var premium = facts.NetPremium >= 0 ? Text($"debit {facts.NetPremium:F2}") : Text($"credit {-facts.NetPremium:F2}");
        var maxProfit = facts.MaxProfitPerContract is { } profit ? Text($"{profit:F2}") : "unlimited";
        return Text($"{head} {facts.Direction} / {facts.Action} {facts.Structure} ({facts.Dte} DTE): {legs}; {premium} per share. ")
            + Text($"Max profit {maxProfit}, max loss {facts.MaxLossPerContract:F2} per contract, breakeven {facts.Breakeven:F2}, ")
            + Text($"reward-to-risk {facts.RewardToRisk:F2}, {facts.Contracts} contract(s) within the risk limit. ")
            + Text($"Confidence {facts.Confidence:F2}. A suggestion, not an order.");
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
