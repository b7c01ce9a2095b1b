using System.Text.RegularExpressions;

namespace Kapman.Deploy.Tests;

/// <summary>
/// deploy/prometheus/alerts.yml: promtool accepts the rules and their unit tests (deploy/prometheus/alerts.test.yml: input
/// series and the alerts expected of them, for every rule) pass; and the rules read only metrics the suite exports.
/// </summary>
[TestFixture]
public sealed partial class AlertRulesTests
{
    private static readonly string Rules = Path.Combine(RepoFiles.Root, "deploy", "prometheus", "alerts.yml");
    private static readonly string RuleTests = Path.Combine(RepoFiles.Root, "deploy", "prometheus", "alerts.test.yml");

    [Test]
    public async Task PromtoolCheckRules_Passes()
    {
        var (exitCode, output) = await Promtool.RunAsync("check", "rules", Rules);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("SUCCESS: 5 rules found"));
        });
    }

    [Test]
    public async Task PromtoolTestRules_Passes()
    {
        var (exitCode, output) = await Promtool.RunAsync("test", "rules", RuleTests);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("SUCCESS"));
        });
    }

    [Test]
    public async Task EveryRuleHasUnitTests()
    {
        var alerts = AlertName().Matches(await File.ReadAllTextAsync(Rules)).Select(m => m.Groups[1].Value).ToList();
        var tested = TestedAlert().Matches(await File.ReadAllTextAsync(RuleTests)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(alerts, Is.EquivalentTo(new[]
            {
                "KapmanTargetDown", "KapmanPipelineStageFailed", "KapmanErrorQueueNotEmpty", "KapmanOutboxLag", "KapmanPipelineRunLate",
            }));
            Assert.That(alerts.Where(alert => !tested.Contains(alert)), Is.Empty, "rules without a promtool unit test");
        });
    }

    /// <summary>
    /// The metrics the rules read are exactly these, each shown on a real scrape: <c>up</c> is Prometheus's own; the
    /// RabbitMQ one by <see cref="RabbitMqMetricsTests"/>; the outbox gauge by ServiceDefaults.Tests' OutboxLagMetricTests;
    /// the pipeline gauges by Ingestion.Tests' RunMetricsTests. A rule on any other metric fails here until it is proven too.
    /// </summary>
    [Test]
    public async Task TheRulesReadOnlyMetricsProvenOnARealScrape()
    {
        var metrics = Expression().Matches(await File.ReadAllTextAsync(Rules))
            .SelectMany(m => MetricName().Matches(Labels().Replace(m.Groups[1].Value, string.Empty)).Select(n => n.Value))
            .Where(name => !PromQlKeywords.Contains(name))
            .ToHashSet(StringComparer.Ordinal);

        Assert.That(metrics, Is.EquivalentTo(new[]
        {
            "up",
            RabbitMqMetricsTests.QueueMessages,
            "kapman_outbox_oldest_unpublished_age_seconds",
            "kapman_pipeline_stage_failed",
            "kapman_pipeline_completed_session_timestamp_seconds",
            "kapman_pipeline_due_session_timestamp_seconds",
        }));
    }

    private static readonly HashSet<string> PromQlKeywords = new(StringComparer.Ordinal) { "and", "or", "unless", "bool", "on", "ignoring", "by", "without" };

    [GeneratedRegex(@"^\s*- alert: (\S+)", RegexOptions.Multiline)]
    private static partial Regex AlertName();

    [GeneratedRegex(@"^\s*alertname: (\S+)", RegexOptions.Multiline)]
    private static partial Regex TestedAlert();

    [GeneratedRegex(@"^\s*expr: (.+)$", RegexOptions.Multiline)]
    private static partial Regex Expression();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Labels();

    [GeneratedRegex(@"\b[a-zA-Z_:][a-zA-Z0-9_:]*\b(?!\s*\()")]
    private static partial Regex MetricName();
}
