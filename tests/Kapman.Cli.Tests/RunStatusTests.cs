using Kapman.Cli.Api;
using Kapman.Cli.Reporting;

namespace Kapman.Cli.Tests;

public class RunStatusTests
{
    private static PipelineRun Run(string status, DateTimeOffset? finishedAt, params string[] stageStatuses) => new(
        Guid.NewGuid(),
        new DateOnly(2025, 8, 26),
        status,
        DateTimeOffset.UnixEpoch,
        finishedAt,
        [.. stageStatuses.Select((s, i) => new PipelineStage($"stage{i}", s, null, null, null, null, null))]);

    [Test]
    public void Succeeded_and_failed_runs_are_final()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RunStatus.IsFinal(Run("succeeded", null, "succeeded", "succeeded")), Is.True);
            Assert.That(RunStatus.IsFinal(Run("failed", null, "failed", "pending")), Is.True);
        });
    }

    [Test]
    public void Running_runs_are_not_final()
    {
        Assert.That(RunStatus.IsFinal(Run("running", null, "succeeded", "running", "pending")), Is.False);
    }

    [Test]
    public void A_partial_run_is_final_only_when_no_stage_is_still_pending_or_running()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RunStatus.IsFinal(Run("partial", null, "partial", "pending")), Is.False);
            Assert.That(RunStatus.IsFinal(Run("partial", null, "partial", "running")), Is.False);
            Assert.That(RunStatus.IsFinal(Run("partial", null, "partial", "succeeded")), Is.True);
        });
    }

    [Test]
    public void A_finish_time_makes_any_run_final()
    {
        Assert.That(RunStatus.IsFinal(Run("running", DateTimeOffset.UnixEpoch, "pending")), Is.True);
    }

    [TestCase("succeeded", true)]
    [TestCase("PARTIAL", true)]
    [TestCase("failed", false)]
    [TestCase("running", false)]
    public void Only_succeeded_and_partial_count_as_success(string status, bool expected)
    {
        Assert.That(RunStatus.IsSuccess(status), Is.EqualTo(expected));
    }
}
