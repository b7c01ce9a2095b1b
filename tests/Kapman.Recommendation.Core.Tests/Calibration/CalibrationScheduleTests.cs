using Kapman.Recommendation.Core.Calibration;

namespace Kapman.Recommendation.Core.Tests.Calibration;

public sealed class CalibrationScheduleTests
{
    // 2025-08-25 was a Monday (ISO week 35 of 2025).
    [TestCase("2025-08-25", "2025-08-25")]
    [TestCase("2025-08-26", "2025-08-25")]
    [TestCase("2025-08-29", "2025-08-25")]
    [TestCase("2025-08-31", "2025-08-25")]
    [TestCase("2025-09-01", "2025-09-01")]
    public void A_session_uses_the_set_fitted_through_the_monday_on_or_before_it(string session, string monday) =>
        Assert.That(CalibrationSchedule.FittedThrough(DateOnly.Parse(session, System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture)));
}
