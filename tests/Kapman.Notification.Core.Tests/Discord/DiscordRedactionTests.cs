using Kapman.Notification.Core.Discord;

namespace Kapman.Notification.Core.Tests.Discord;

/// <summary>
/// Each tier's embed for each kind of post, written out by hand from seed 004 §8 (premium everything; basic without strikes,
/// prices or sizes; free further redacted) and the embed object of Discord's documentation.
/// </summary>
public sealed class DiscordRedactionTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static readonly DateTimeOffset At = new(2025, 8, 26, 20, 15, 0, TimeSpan.Zero);
    private const string PremiumFooter = "Kapman premium";
    private const string BasicFooter = "Kapman basic (delayed, no strikes, prices or sizes)";
    private const string FreeFooter = "Kapman free (delayed, summary only)";

    private static readonly AlertFacts Exit = new("BC_EXIT", "NVDA", 25, Session, At);

    private static readonly RecommendationFacts Spread = new(
        Guid.Parse("0198f3a2-0000-7000-8000-000000000001"), "SPY", "BULL_CALL_DEBIT",
        [new("BUY", 1, 650, "call", new DateOnly(2025, 9, 19), 4.35), new("SELL", 1, 660.5, "call", new DateOnly(2025, 9, 19), 1.10)],
        3.25, 2, new DateOnly(2025, 9, 19), 24, Session, At);

    private static readonly OrderFacts Close = new(
        Guid.Parse("0198f3a2-0000-7000-8000-000000000002"), "SPY", "SELL 2 SPY250919C00650000 / BUY 2 SPY250919C00660500 @ 5.10 CREDIT",
        [new("SELL", "SPY250919C00650000", "CLOSE"), new("BUY", "SPY250919C00660500", "CLOSE")], "filled", 2, 5.1m, 2, 2, "PAPER", true, At);

    private static IEnumerable<TestCaseData> Alerts()
    {
        var premium = new DiscordEmbed("EXIT NVDA: Buying Climax 25/28",
            "NVDA scored 25/28 on the Buying Climax scale for the 2025-08-26 session. Rule (seed 000 §11.4): BC ≥ 24 means exit immediately.",
            [new("Ticker", "NVDA", true), new("Score", "25/28", true), new("Session", "2025-08-26", true)], 0xE74C3C, At, PremiumFooter);
        yield return new TestCaseData(DiscordTier.Premium, premium).SetName("Alert premium: score and rule");
        yield return new TestCaseData(DiscordTier.Basic, premium with { Footer = BasicFooter }).SetName("Alert basic: nothing to redact");
        yield return new TestCaseData(DiscordTier.Free, new DiscordEmbed("EXIT NVDA", "A Buying Climax exit signal fired for NVDA in the 2025-08-26 session.",
            [new("Ticker", "NVDA", true), new("Session", "2025-08-26", true)], 0xE74C3C, At, FreeFooter)).SetName("Alert free: no score");
    }

    private static IEnumerable<TestCaseData> Recommendations()
    {
        yield return new TestCaseData(DiscordTier.Premium, new DiscordEmbed("NEW SPY: BULL_CALL_DEBIT",
            "Issued for the 2025-08-26 session.\nBUY 1 SPY 2025-09-19 650 call @ 4.35\nSELL 1 SPY 2025-09-19 660.5 call @ 1.10",
            [new("Strategy", "BULL_CALL_DEBIT", true), new("Expiry", "2025-09-19 (24 DTE)", true), new("Net limit", "3.25 debit", true), new("Size", "2 contracts", true)],
            0x3498DB, At, PremiumFooter)).SetName("Recommendation premium: legs, limit, size");
        yield return new TestCaseData(DiscordTier.Basic, new DiscordEmbed("NEW SPY: BULL_CALL_DEBIT", "Issued for the 2025-08-26 session.\nBUY call\nSELL call",
            [new("Strategy", "BULL_CALL_DEBIT", true), new("Expiry", "2025-09-19 (24 DTE)", true)], 0x3498DB, At, BasicFooter))
            .SetName("Recommendation basic: no strikes, prices or size");
        yield return new TestCaseData(DiscordTier.Free, new DiscordEmbed("NEW SPY", "A new SPY trade was issued for the 2025-08-26 session.",
            [new("Strategy", "BULL_CALL_DEBIT", true), new("Session", "2025-08-26", true)], 0x3498DB, At, FreeFooter))
            .SetName("Recommendation free: no legs or expiry");
    }

    private static IEnumerable<TestCaseData> Orders()
    {
        yield return new TestCaseData(DiscordTier.Premium, new DiscordEmbed("CLOSED SPY: 2/2 at 5.10",
            "SELL 2 SPY250919C00650000 / BUY 2 SPY250919C00660500 @ 5.10 CREDIT",
            [new("This fill", "2 at 5.10", true), new("Filled", "2/2", true), new("Mode", "PAPER, simulated", true)], 0x95A5A6, At, PremiumFooter))
            .SetName("Close premium: symbols, size and price");
        yield return new TestCaseData(DiscordTier.Basic, new DiscordEmbed("CLOSED SPY", "SELL call\nBUY call",
            [new("Mode", "PAPER, simulated", true)], 0x95A5A6, At, BasicFooter)).SetName("Close basic: sides and rights only");
        yield return new TestCaseData(DiscordTier.Free, new DiscordEmbed("CLOSED SPY", "A SPY position was closed.",
            [new("Mode", "PAPER, simulated", true)], 0x95A5A6, At, FreeFooter)).SetName("Close free: what happened");
    }

    [TestCaseSource(nameof(Alerts))]
    public void An_alert_reads_per_tier(string tier, DiscordEmbed expected) => Assert.That(DiscordRedaction.Alert(Exit, tier), Is.EqualTo(expected));

    [TestCaseSource(nameof(Recommendations))]
    public void A_recommendation_reads_per_tier(string tier, DiscordEmbed expected) =>
        Assert.That(DiscordRedaction.Recommendation(Spread, tier), Is.EqualTo(expected));

    [TestCaseSource(nameof(Orders))]
    public void A_close_reads_per_tier(string tier, DiscordEmbed expected) => Assert.That(DiscordRedaction.Order(Close, tier), Is.EqualTo(expected));

    [Test]
    public void A_spring_entry_names_its_scale_of_twelve()
    {
        var embed = DiscordRedaction.Alert(new AlertFacts("SPRING_ENTRY", "AMD", 10, Session, At), DiscordTier.Premium);
        Assert.Multiple(() =>
        {
            Assert.That(embed.Title, Is.EqualTo("ENTRY AMD: Spring 10/12"));
            Assert.That(embed.Color, Is.EqualTo(0x2ECC71));
        });
    }

    [Test]
    public void A_partial_opening_fill_is_partly_filled_and_a_credit_recommendation_says_credit()
    {
        var partial = Close with { Legs = [new("BUY", "SPY250919P00640000", "OPEN")], ToState = "partially_filled", FillQuantity = 1, FillPrice = 2.5m, FilledQuantity = 1 };
        var credit = Spread with { NetLimitPrice = -1.2, Contracts = 1 };
        Assert.Multiple(() =>
        {
            Assert.That(DiscordRedaction.Order(partial, DiscordTier.Premium)!.Title, Is.EqualTo("PARTLY FILLED SPY: 1/2 at 2.50"));
            Assert.That(DiscordRedaction.Order(partial, DiscordTier.Basic)!.Description, Is.EqualTo("BUY put"));
            Assert.That(DiscordRedaction.Order(partial, DiscordTier.Free)!.Description, Is.EqualTo("A SPY position was partly opened."));
            Assert.That(DiscordRedaction.Recommendation(credit, DiscordTier.Premium).Fields, Does.Contain(new DiscordEmbedField("Net limit", "1.20 credit", true))
                .And.Contain(new DiscordEmbedField("Size", "1 contract", true)));
        });
    }

    [TestCase("new")]
    [TestCase("working")]
    [TestCase("cancelled")]
    [TestCase("rejected")]
    public void Other_order_states_are_not_posted(string state) =>
        Assert.That(DiscordRedaction.Order(Close with { ToState = state }, DiscordTier.Premium), Is.Null);

    [Test]
    public void No_basic_or_free_embed_shows_a_strike_a_price_a_size_or_a_symbol()
    {
        // Every number that is a strike, price or size in the inputs above, and the OCC symbols that encode strikes.
        string[] secrets = ["650", "660", "4.35", "1.10", "3.25", "5.10", "5.1", "2 contracts", "2/2", "SPY250919"];
        var embeds = new[] { DiscordTier.Basic, DiscordTier.Free }.SelectMany(t => new[]
        {
            DiscordRedaction.Alert(Exit, t), DiscordRedaction.Recommendation(Spread, t), DiscordRedaction.Order(Close, t)!,
        });
        foreach (var embed in embeds)
        {
            var text = string.Join("|", new[] { embed.Title, embed.Description, embed.Footer }.Concat(embed.Fields.SelectMany(f => new[] { f.Name, f.Value })));
            Assert.That(secrets.Where(s => text.Contains(s, StringComparison.Ordinal)), Is.Empty, text);
        }
    }

    [Test]
    public void An_unknown_tier_is_refused() =>
        Assert.That(() => DiscordRedaction.Alert(Exit, "gold"), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Keys_name_the_subject_once_per_post()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Exit.Key, Is.EqualTo("alert:BC_EXIT:NVDA:2025-08-26"));
            Assert.That(Spread.Key, Is.EqualTo("recommendation:0198f3a2-0000-7000-8000-000000000001"));
            Assert.That(Close.Key, Is.EqualTo("order:0198f3a2-0000-7000-8000-000000000002:filled:2"));
        });
    }
}
