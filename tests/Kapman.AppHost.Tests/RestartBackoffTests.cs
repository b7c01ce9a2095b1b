using Kapman.AppHost.Suite;

namespace Kapman.AppHost.Tests;

public class RestartBackoffTests
{
    private static readonly RestartBackoff Policy = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));

    [TestCase(1, 1)]
    [TestCase(2, 2)]
    [TestCase(3, 4)]
    [TestCase(5, 16)]
    [TestCase(6, 30)]
    [TestCase(40, 30)]
    [TestCase(1000, 30)]
    public void DelayFor_doubles_from_the_initial_delay_up_to_the_cap(int crashes, int expectedSeconds)
    {
        Assert.That(Policy.DelayFor(crashes), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
    }

    [Test]
    public void DelayFor_rejects_a_crash_count_below_one()
    {
        Assert.That(() => Policy.DelayFor(0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Quick_crashes_count_up_and_a_stable_run_starts_over()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Policy.NextCrashCount(0, TimeSpan.FromSeconds(2)), Is.EqualTo(1));
            Assert.That(Policy.NextCrashCount(3, TimeSpan.FromSeconds(59)), Is.EqualTo(4));
            Assert.That(Policy.NextCrashCount(7, TimeSpan.FromSeconds(60)), Is.EqualTo(1));
            Assert.That(Policy.NextCrashCount(7, TimeSpan.FromHours(3)), Is.EqualTo(1));
        });
    }

    [Test]
    public void Default_policy_is_one_second_doubling_to_thirty()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RestartBackoff.Default.DelayFor(1), Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(RestartBackoff.Default.DelayFor(10), Is.EqualTo(TimeSpan.FromSeconds(30)));
        });
    }
}
