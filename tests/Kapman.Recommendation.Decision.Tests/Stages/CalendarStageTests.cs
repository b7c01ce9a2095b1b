using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Stages;

namespace Kapman.Recommendation.Decision.Tests.Stages;

/// <summary>Stage B: an NYSE session and no macro event window [start, end) at now.</summary>
public class CalendarStageTests
{
    private static readonly MacroEvent Fomc = new("FOMC rate decision", Fixtures.Now.AddMinutes(-30), Fixtures.Now.AddMinutes(60));

    [TestCase(-31, true, TestName = "Before the window opens: pass")]
    [TestCase(-30, false, TestName = "At the window's start: reject")]
    [TestCase(0, false, TestName = "Inside the window: reject")]
    [TestCase(59, false, TestName = "A minute before its end: reject")]
    [TestCase(60, true, TestName = "At the window's end: pass")]
    public void Macro_event_window(int minutesAfterNow, bool passes)
    {
        var verdict = CalendarStage.Evaluate(Fixtures.Now.AddMinutes(minutesAfterNow), [Fomc]);

        Assert.That(verdict.Passed, Is.EqualTo(passes), verdict.ToString());
        if (!passes)
        {
            Assert.That(verdict.Reason, Does.Contain("FOMC rate decision"));
        }
    }

    [Test]
    public void An_exchange_holiday_is_rejected_by_name()
    {
        var laborDay = new DateTimeOffset(2025, 9, 1, 15, 0, 0, TimeSpan.Zero);
        var verdict = CalendarStage.Evaluate(laborDay, []);

        Assert.That(verdict.Passed, Is.False);
        Assert.That(verdict.Reason, Does.Contain("Labor Day"));
    }

    [Test]
    public void The_next_window_is_reported()
    {
        var later = new MacroEvent("CPI", Fixtures.Now.AddHours(2), Fixtures.Now.AddHours(3));
        var verdict = CalendarStage.Evaluate(Fixtures.Now, [later]);

        Assert.That(verdict.Passed, Is.True);
        Assert.That(verdict.Compared.Single(c => c.Name.Contains("next window", StringComparison.Ordinal)).Actual, Is.EqualTo(120));
    }
}
