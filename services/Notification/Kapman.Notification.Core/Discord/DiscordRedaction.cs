using System.Globalization;
using System.Text;

namespace Kapman.Notification.Core.Discord;

/// <summary>
/// The embed each Discord tier receives (seed 004 §8: premium at once, basic at t+60 s redacted, free at t+5 min further redacted).
/// Premium carries everything. Basic carries no strike, price or size: no OCC symbol (it encodes the strike), no limit or fill
/// price, no contract count. Free further drops the scores, the expiry and the legs: which ticker, what kind of event, which
/// session. A pure function of its arguments.
/// </summary>
public static class DiscordRedaction
{
    /// <summary>BC exit: red.</summary>
    public const int ExitColor = 0xE74C3C;

    /// <summary>Spring entry: green.</summary>
    public const int EntryColor = 0x2ECC71;

    /// <summary>New recommendation: blue.</summary>
    public const int RecommendationColor = 0x3498DB;

    /// <summary>An opening fill: amber.</summary>
    public const int FillColor = 0xF1C40F;

    /// <summary>A closing fill: grey.</summary>
    public const int CloseColor = 0x95A5A6;

    private const string BcExit = "BC_EXIT";

    /// <summary>The footer naming <paramref name="tier"/>.</summary>
    public static string Footer(string tier) => tier switch
    {
        DiscordTier.Premium => "Kapman premium",
        DiscordTier.Basic => "Kapman basic (delayed, no strikes, prices or sizes)",
        DiscordTier.Free => "Kapman free (delayed, summary only)",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "not a Discord tier"),
    };

    /// <summary>
    /// A Wyckoff alert (rules of docs/domain/wyckoff-scores.md#decision-rules, seed 000 §11.4). An alert names no strike, price or
    /// size, so basic reads as premium; free drops the score.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a <see cref="DiscordTier"/>.</exception>
    public static DiscordEmbed Alert(AlertFacts facts, string tier)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var footer = Footer(tier);
        var exit = facts.Kind == BcExit;
        var day = Day(facts.Session);
        var color = AlertWording.IsExit(facts.Kind) ? ExitColor : EntryColor;
        if (tier == DiscordTier.Free)
        {
            return new($"{AlertWording.Action(facts.Kind)} {facts.Ticker}", AlertWording.Summary(facts.Kind, facts.Ticker, day),
                [new("Ticker", facts.Ticker, true), new("Session", day, true)], color, facts.At, footer);
        }

        var score = string.Create(CultureInfo.InvariantCulture, $"{facts.Score}/{AlertWording.ScoreMax(facts.Kind)}");
        if (facts.Kind is Routing.RouteKinds.SpringSosEntry or Routing.RouteKinds.SowReduce)
        {
            return new(AlertWording.Title(facts.Kind, facts.Ticker, facts.Score), AlertWording.Explanation(facts.Kind, facts.Ticker, facts.Score, day).Replace('\n', ' '),
                [new("Ticker", facts.Ticker, true), new("Score", score, true), new("Session", day, true)], color, facts.At, footer);
        }

        return new(exit ? $"EXIT {facts.Ticker}: Buying Climax {score}" : $"ENTRY {facts.Ticker}: Spring {score}",
            exit ? $"{facts.Ticker} scored {score} on the Buying Climax scale for the {day} session. Rule (seed 000 §11.4): BC ≥ 24 means exit immediately."
                 : $"{facts.Ticker} scored {score} on the Spring scale for the {day} session, with BC below 12. Rule (seed 000 §11.4): Spring ≥ 9 and BC < 12 means consider entry.",
            [new("Ticker", facts.Ticker, true), new("Score", score, true), new("Session", day, true)], color, facts.At, footer);
    }

    /// <summary>
    /// A recommendation issued. Premium: each leg (side, ratio, expiry, strike, right, mid), expiry with DTE, net limit (debit or
    /// credit) and size. Basic: each leg's side and right, the expiry. Free: the ticker, strategy and session.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a <see cref="DiscordTier"/>.</exception>
    public static DiscordEmbed Recommendation(RecommendationFacts facts, string tier)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var footer = Footer(tier);
        var day = Day(facts.Session);
        if (tier == DiscordTier.Free)
        {
            return new($"NEW {facts.Ticker}", $"A new {facts.Ticker} trade was issued for the {day} session.",
                [new("Strategy", facts.Strategy, true), new("Session", day, true)], RecommendationColor, facts.At, footer);
        }

        var premium = tier == DiscordTier.Premium;
        var description = new StringBuilder($"Issued for the {day} session.");
        foreach (var leg in facts.Legs)
        {
            description.Append('\n').Append(premium
                ? string.Create(CultureInfo.InvariantCulture,
                    $"{leg.Side} {leg.Ratio} {facts.Ticker} {Day(leg.Expiration)} {leg.Strike:0.##} {leg.Right} @ {leg.LimitPrice:0.00}")
                : $"{leg.Side} {leg.Right}");
        }

        var fields = new List<DiscordEmbedField> { new("Strategy", facts.Strategy, true) };
        if (facts.Expiration is { } expiry)
        {
            fields.Add(new("Expiry", facts.Dte is { } dte ? string.Create(CultureInfo.InvariantCulture, $"{Day(expiry)} ({dte} DTE)") : Day(expiry), true));
        }

        if (premium && facts.NetLimitPrice is { } net)
        {
            fields.Add(new("Net limit", string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(net):0.00} {(net < 0 ? "credit" : "debit")}"), true));
        }

        if (premium && facts.Contracts is { } contracts)
        {
            fields.Add(new("Size", string.Create(CultureInfo.InvariantCulture, $"{contracts} {(contracts == 1 ? "contract" : "contracts")}"), true));
        }

        return new($"NEW {facts.Ticker}: {facts.Strategy}", description.ToString(), fields, RecommendationColor, facts.At, footer);
    }

    /// <summary>
    /// An order's fill or partial fill; null for any other state (not posted). An order whose legs all close a position is a close.
    /// Premium: filled/ordered, this fill's size and price, the combo as execution describes it, the mode. Basic: each leg's side and
    /// right, the mode. Free: whether a position was opened or closed, the mode. The mode says "simulated" for paper and shadow.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a <see cref="DiscordTier"/>.</exception>
    public static DiscordEmbed? Order(OrderFacts facts, string tier)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var footer = Footer(tier);
        var partial = facts.ToState == "partially_filled";
        if (!partial && facts.ToState != "filled")
        {
            return null;
        }

        var close = facts.Legs.Count > 0 && facts.Legs.All(l => l.PositionEffect == "CLOSE");
        var verb = (close, partial) switch
        {
            (true, true) => "PARTLY CLOSED",
            (true, false) => "CLOSED",
            (false, true) => "PARTLY FILLED",
            _ => "FILLED",
        };
        var color = close ? CloseColor : FillColor;
        var mode = new DiscordEmbedField("Mode", facts.Simulated ? $"{facts.Mode}, simulated" : facts.Mode, true);
        switch (tier)
        {
            case DiscordTier.Free:
                var what = close ? "closed" : "opened";
                return new($"{verb} {facts.Ticker}", partial ? $"A {facts.Ticker} position was partly {what}." : $"A {facts.Ticker} position was {what}.",
                    [mode], color, facts.At, footer);
            case DiscordTier.Basic:
                return new($"{verb} {facts.Ticker}", string.Join('\n', facts.Legs.Select(l => $"{l.Side} {l.Right}")), [mode], color, facts.At, footer);
            default:
                var price = facts.FillPrice is { } p ? string.Create(CultureInfo.InvariantCulture, $" at {p:0.00}") : "";
                var progress = string.Create(CultureInfo.InvariantCulture, $"{facts.FilledQuantity}/{facts.Quantity}");
                return new($"{verb} {facts.Ticker}: {progress}{price}", facts.Description,
                    [new("This fill", string.Create(CultureInfo.InvariantCulture, $"{facts.FillQuantity}{price}"), true), new("Filled", progress, true), mode],
                    color, facts.At, footer);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
