using Kapman.Contracts;
using Kapman.Options.Application;
using Kapman.Options.Chains;

namespace Kapman.Options.Tests;

public sealed class SnapshotLoaderTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private string directory = "";

    [SetUp]
    public void CreateDirectory()
    {
        directory = Path.Combine(Path.GetTempPath(), "kapman-options-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public void The_shared_spy_snapshot_loads()
    {
        var path = RepoFiles.SharedData("options", "snapshots", "SPY", "2025-08-26.json");
        var load = SnapshotLoader.Load("SPY", path, Session);
        Assert.Multiple(() =>
        {
            Assert.That(load.Failure, Is.Null);
            Assert.That(load.Chain!.Contracts, Has.Count.EqualTo(7011));
        });
    }

    [TestCase("{\"results\": [", "NOT_JSON")]
    [TestCase("not json at all", "NOT_JSON")]
    [TestCase("{\"status\": \"OK\"}", "BAD_SNAPSHOT")]
    [TestCase("{\"as_of\": \"2024-01-02\", \"results\": []}", "BAD_SNAPSHOT")]
    [TestCase("{\"results\": [{\"details\": {}}]}", "BAD_SNAPSHOT")]
    public void A_corrupt_file_is_a_failure_with_its_reason_not_an_exception(string body, string reason)
    {
        var path = Path.Combine(directory, "SPY.json");
        File.WriteAllText(path, body);
        var load = SnapshotLoader.Load("SPY", path, Session);
        Assert.Multiple(() =>
        {
            Assert.That(load.Chain, Is.Null);
            Assert.That(load.Failure, Does.StartWith(reason + ": "));
        });
    }

    [Test]
    public void A_missing_or_unreadable_file_is_a_failure()
    {
        var load = SnapshotLoader.Load("SPY", Path.Combine(directory, "absent.json"), Session);
        Assert.That(load.Failure, Does.StartWith("UNREADABLE: "));
        var folder = SnapshotLoader.Load("SPY", directory, Session);
        Assert.That(folder.Failure, Does.StartWith("UNREADABLE: "));
    }

    [Test]
    public void The_stage_is_partial_and_names_each_skipped_underlying()
    {
        var failed = new[]
        {
            new SnapshotLoad("MSFT", "m.json", null, "JsonException: bad"),
            new SnapshotLoad("TSM", "t.json", null, "InvalidDataException: no results"),
        };
        var outcome = OptionsStageResult.From(7011, 3, failed);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(StageStatuses.Partial));
            Assert.That(outcome.Count, Is.EqualTo(7011));
            Assert.That(outcome.Error, Is.EqualTo(
                "2 underlying(s) skipped: MSFT (JsonException: bad); TSM (InvalidDataException: no results). 3 contracts skipped as unreadable"));
        });
    }

    [Test]
    public void The_stage_succeeds_when_nothing_was_skipped()
    {
        var outcome = OptionsStageResult.From(10, 0, []);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(StageStatuses.Succeeded));
            Assert.That(outcome.Error, Is.Null);
        });
    }
}
