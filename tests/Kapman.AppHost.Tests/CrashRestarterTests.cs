using Aspire.Hosting.ApplicationModel;

namespace Kapman.AppHost.Tests;

/// <summary>Which exits the AppHost treats as crashes to restart, and which as stops to respect.</summary>
public class CrashRestarterTests
{
    [TestCase("Running", "Finished", 137, ExpectedResult = true, TestName = "Killed by SIGKILL while running: restart")]
    [TestCase("Running", "Exited", 1, ExpectedResult = true, TestName = "Failed while running: restart")]
    [TestCase("Starting", "Finished", 134, ExpectedResult = true, TestName = "Crashed while starting: restart")]
    [TestCase("Stopping", "Finished", 143, ExpectedResult = false, TestName = "Stopped on purpose, dotnet run exits 143: stay stopped")]
    [TestCase("Running", "Finished", 0, ExpectedResult = false, TestName = "Exited cleanly: stay stopped")]
    [TestCase("Running", "Running", 1, ExpectedResult = false, TestName = "Still running: nothing to do")]
    public bool Only_an_unrequested_non_zero_exit_is_a_crash(string previous, string state, int exitCode) =>
        CrashRestarter.IsCrash(previous, state, exitCode);

    [Test]
    public void The_states_compared_are_aspires_own()
    {
        Assert.That(
            new[] { KnownResourceStates.Running, KnownResourceStates.Finished, KnownResourceStates.Exited, KnownResourceStates.Stopping },
            Is.EqualTo(new[] { "Running", "Finished", "Exited", "Stopping" }));
    }
}
