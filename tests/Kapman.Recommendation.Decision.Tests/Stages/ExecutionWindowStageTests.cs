using Kapman.Recommendation.Decision.Stages;
using Kapman.Recommendation.Decision.Thresholds;

namespace Kapman.Recommendation.Decision.Tests.Stages;

/// <summary>Stage H: inside the regular session and not in its last 30 minutes, DST-safe, early closes included.</summary>
public class ExecutionWindowStageTests
{
    [TestCase("2025-08-26T13:29:00Z", false, TestName = "09:29 EDT: before the open")]
    [TestCase("2025-08-26T13:30:00Z", true, TestName = "09:30 EDT: the open")]
    [TestCase("2025-08-26T19:29:00Z", true, TestName = "15:29 EDT: 31 minutes to the close")]
    [TestCase("2025-08-26T19:30:00Z", false, TestName = "15:30 EDT: the last 30 minutes begin")]
    [TestCase("2025-08-26T20:00:00Z", false, TestName = "16:00 EDT: closed")]
    [TestCase("2025-12-01T14:29:00Z", false, TestName = "09:29 EST: before the open in winter")]
    [TestCase("2025-12-01T14:30:00Z", true, TestName = "09:30 EST: the open in winter")]
    [TestCase("2025-12-01T20:29:00Z", true, TestName = "15:29 EST: 31 minutes to the close in winter")]
    [TestCase("2025-11-28T17:29:00Z", true, TestName = "12:29 EST the day after Thanksgiving: 31 minutes to the early close")]
    [TestCase("2025-11-28T17:30:00Z", false, TestName = "12:30 EST the day after Thanksgiving: last 30 minutes of the early close")]
    [TestCase("2025-08-30T15:00:00Z", false, TestName = "Saturday")]
    [TestCase("2025-07-04T15:00:00Z", false, TestName = "Independence Day")]
    public void Execution_window(string instant, bool passes)
    {
        var verdict = ExecutionWindowStage.Evaluate(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), new ExecutionThresholds());
        Assert.That(verdict.Passed, Is.EqualTo(passes), verdict.ToString());
    }

    [Test]
    public void The_cut_off_is_configurable()
    {
        var at1530 = new DateTimeOffset(2025, 8, 26, 19, 30, 0, TimeSpan.Zero);
        Assert.That(ExecutionWindowStage.Evaluate(at1530, new ExecutionThresholds(NoEntryMinutesBeforeClose: 15)).Passed, Is.True);
    }
}
