using Kapman.Notification.Core.Routing;

namespace Kapman.Notification.Core.Tests.Routing;

/// <summary>The routing table's validation (issue 20 item 1): a good table answers per kind and channel; every mistake is named with its key.</summary>
public sealed class RouteTableTests
{
    private const string Section = "Kapman:Notification:Routes";

    [Test]
    public void A_complete_table_answers_which_channels_each_kind_goes_to()
    {
        var settings = Complete();
        settings["KILL_SWITCH"] = new RouteSetting("Email", "CRITICAL");
        settings["BC_EXIT"] = new RouteSetting(" discord , email ,discord", "critical");
        settings["SPRING_ENTRY"] = new RouteSetting("", "info");

        var (table, errors) = RouteTable.Parse(settings, Section);

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(table!.Routes.Select(r => r.Kind), Is.EqualTo(RouteKinds.All), "every kind, in table order");
            Assert.That(table.Sends("KILL_SWITCH", "email"), Is.True, "names in any letter case");
            Assert.That(table["KILL_SWITCH"].Severity, Is.EqualTo("critical"));
            Assert.That(table["BC_EXIT"].Channels, Is.EqualTo(new[] { "email", "discord" }), "display order, each once");
            Assert.That(table["SPRING_ENTRY"].Channels, Is.Empty, "an empty list mutes the kind");
            Assert.That(table.Sends("SPRING_ENTRY", "email"), Is.False);
            Assert.That(table.Sends("FILL", "discord"), Is.False, "FILL is routed to email only in this table");
        });
    }

    [TestCase("BC_EXIT", "email,sms", "critical", "Kapman:Notification:Routes:BC_EXIT:Channels: unknown channel 'sms'")]
    [TestCase("KILL_SWITCH", "discord", "critical", "Kapman:Notification:Routes:KILL_SWITCH:Channels: KILL_SWITCH cannot go out on discord (no sender)")]
    [TestCase("FILL", "discord:gold", "info", "Kapman:Notification:Routes:FILL:Channels: unknown Discord tier 'discord:gold'; the tiers are premium, basic, free.")]
    [TestCase("FILL", "email:premium", "info", "Kapman:Notification:Routes:FILL:Channels: unknown channel 'email:premium'")]
    [TestCase("KILL_SWITCH", "discord:premium", "critical", "Kapman:Notification:Routes:KILL_SWITCH:Channels: KILL_SWITCH cannot go out on discord (no sender)")]
    [TestCase("AI_REPORT", "email,discord", "info", "Kapman:Notification:Routes:AI_REPORT:Channels: AI_REPORT cannot go out on discord (no sender)")]
    [TestCase("DAILY_PNL", "discord:free", "info", "Kapman:Notification:Routes:DAILY_PNL:Channels: DAILY_PNL cannot go out on discord (no sender)")]
    [TestCase("FILL", "email", "urgent", "Kapman:Notification:Routes:FILL:Severity: 'urgent' is not a severity")]
    [TestCase("FILL", "email", null, "Kapman:Notification:Routes:FILL:Severity: '' is not a severity")]
    [TestCase("MARGIN_CALL", "email", "critical", "Kapman:Notification:Routes:MARGIN_CALL: unknown event kind 'MARGIN_CALL'")]
    public void A_wrong_entry_is_refused_naming_its_key(string kind, string channels, string? severity, string expected)
    {
        var settings = Complete();
        settings[kind] = new RouteSetting(channels, severity);

        var (table, errors) = RouteTable.Parse(settings, Section);

        Assert.Multiple(() =>
        {
            Assert.That(table, Is.Null);
            Assert.That(errors, Has.Some.StartsWith(expected));
            Assert.That(errors, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void A_missing_kind_is_refused()
    {
        var settings = Complete();
        settings.Remove("RECONCILIATION_MISMATCH");

        var (table, errors) = RouteTable.Parse(settings, Section);

        Assert.Multiple(() =>
        {
            Assert.That(table, Is.Null);
            Assert.That(errors, Is.EqualTo(new[] { "Kapman:Notification:Routes:RECONCILIATION_MISMATCH: missing; every kind needs a route (empty Channels mutes it)." }));
        });
    }

    [Test]
    public void Telegram_carries_every_kind()
    {
        var settings = Complete();
        foreach (var kind in settings.Keys.ToList())
        {
            settings[kind] = new RouteSetting("telegram", "info");
        }

        var (table, errors) = RouteTable.Parse(settings, Section);

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(table!.Routes.Where(r => r.Sends("telegram")).Select(r => r.Kind), Is.EqualTo(RouteKinds.All));
        });
    }

    [Test]
    public void A_route_names_the_discord_tiers_it_posts_to()
    {
        var settings = Complete();
        settings["BC_EXIT"] = new RouteSetting("email,discord", "critical");
        settings["FILL"] = new RouteSetting("discord:premium", "info");
        settings["SOW_REDUCE"] = new RouteSetting("Discord:Free, discord:PREMIUM", "warning");
        settings["SPRING_ENTRY"] = new RouteSetting("discord:basic,discord", "info");

        var (table, errors) = RouteTable.Parse(settings, Section);

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(table!["BC_EXIT"].Tiers, Is.EqualTo(new[] { "premium", "basic", "free" }), "discord alone is every tier");
            Assert.That(table["FILL"].Channels, Is.EqualTo(new[] { "discord" }));
            Assert.That(table["FILL"].Tiers, Is.EqualTo(new[] { "premium" }));
            Assert.That(table.SendsTier("FILL", "basic"), Is.False);
            Assert.That(table["SOW_REDUCE"].Tiers, Is.EqualTo(new[] { "premium", "free" }), "delivery order, any letter case");
            Assert.That(table["SPRING_ENTRY"].Tiers, Is.EqualTo(new[] { "premium", "basic", "free" }));
            Assert.That(table["KILL_SWITCH"].Tiers, Is.Empty, "no Discord, no tier");
        });
    }

    [TestCase("filled", "FILL")]
    [TestCase("partially_filled", "FILL")]
    [TestCase("rejected", "ORDER_STATE")]
    [TestCase("cancelled", "ORDER_STATE")]
    public void An_order_change_routes_by_its_new_state(string state, string route) =>
        Assert.That(RouteKinds.OfOrderState(state), Is.EqualTo(route));

    /// <summary>Every kind of issue 20 item 1, each to email (every kind but RECOMMENDATION has an email sender) at info.</summary>
    private static Dictionary<string, RouteSetting> Complete()
    {
        string[] kinds =
        [
            "BC_EXIT", "SPRING_ENTRY", "SPRING_SOS_ENTRY", "SOW_REDUCE", "RECOMMENDATION", "RUN_SUMMARY", "ORDER_STATE", "FILL", "KILL_SWITCH",
            "RECONCILIATION_MISMATCH", "FLATTEN_BLOCKED", "PIPELINE_STAGE_FAILED", "PIPELINE_FAULT", "SCHEDULED_RUN_FAILED", "DAILY_PNL", "AI_REPORT",
        ];
        return kinds.ToDictionary(k => k, k => new RouteSetting(k == "RECOMMENDATION" ? "telegram" : "email", "info"), StringComparer.Ordinal);
    }
}
