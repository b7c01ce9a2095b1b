using Kapman.Ingestion.Pipeline;

namespace Kapman.Ingestion.Tests;

/// <summary>The run's status as the Ops page, the CLI and the demo read it, from its six stages.</summary>
public class RunStatusTests
{
    [TestCase(new[] { "succeeded", "succeeded", "succeeded", "failed", "running", "pending" }, "failed",
        Description = "Wyckoff parked in _error while the recommendation join waits for it: failed, not running forever")]
    [TestCase(new[] { "succeeded", "failed", "running", "pending", "pending", "pending" }, "failed")]
    [TestCase(new[] { "succeeded", "running", "succeeded", "pending", "pending", "pending" }, "running")]
    [TestCase(new[] { "succeeded", "succeeded", "succeeded", "succeeded", "succeeded", "pending" }, "running")]
    [TestCase(new[] { "succeeded", "succeeded", "partial", "succeeded", "succeeded", "succeeded" }, "partial")]
    [TestCase(new[] { "succeeded", "succeeded", "succeeded", "succeeded", "succeeded", "succeeded" }, "succeeded")]
    public void Run_status_follows_its_stages(string[] stages, string expected) =>
        Assert.That(RunStatus.Of(stages), Is.EqualTo(expected));
}
