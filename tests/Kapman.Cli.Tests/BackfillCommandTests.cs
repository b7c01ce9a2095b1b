using Kapman.Cli.Backfill;
using Kapman.Cli.Commands;

namespace Kapman.Cli.Tests;

/// <summary><c>kapman backfill --from D --to D [--source local|s3|polygon] [--force]</c>: what the command line asks of the job, and the errors for bad values.</summary>
public class BackfillCommandTests
{
    private static System.CommandLine.ParseResult Parse(string commandLine) => KapmanCli.Create().Parse(commandLine);

    private static IEnumerable<string> Errors(string commandLine) => Parse(commandLine).Errors.Select(e => e.Message);

    [Test]
    public void Dates_alone_ask_for_the_services_configured_source_without_force()
    {
        var parse = Parse("backfill --from 2023-01-03 --to 2026-08-14");

        Assert.That(parse.Errors, Is.Empty);
        Assert.That(BackfillCommand.Request(parse), Is.EqualTo(new BackfillJobRequest(new DateOnly(2023, 1, 3), new DateOnly(2026, 8, 14), null, false)));
    }

    [TestCase("local")]
    [TestCase("s3")]
    [TestCase("polygon")]
    public void Each_source_and_force_travel_to_the_job(string source)
    {
        var parse = Parse($"backfill --from 2025-08-20 --to 2025-08-26 --source {source} --force");

        Assert.That(parse.Errors, Is.Empty);
        Assert.That(BackfillCommand.Request(parse), Is.EqualTo(new BackfillJobRequest(new DateOnly(2025, 8, 20), new DateOnly(2025, 8, 26), source, true)));
    }

    [Test]
    public void A_single_day_range_is_allowed() =>
        Assert.That(Parse("backfill --from 2025-08-26 --to 2025-08-26").Errors, Is.Empty);

    [Test]
    public void A_missing_date_names_the_option() =>
        Assert.That(Errors("backfill --from 2025-08-20"), Has.Some.Contains("--to"));

    [TestCase("backfill --from 2025-13-01 --to 2025-12-31", "2025-13-01", "--from")]
    [TestCase("backfill --from 2025-08-20 --to yesterday", "yesterday", "--to")]
    public void An_unparsable_date_names_the_value_and_the_option(string commandLine, string value, string option) =>
        Assert.That(Errors(commandLine), Has.Some.Contains(value).And.Contains(option));

    [Test]
    public void A_reversed_range_is_refused() =>
        Assert.That(Errors("backfill --from 2025-08-26 --to 2025-08-20"), Is.EqualTo(new[] { "--from must not be after --to." }));

    [Test]
    public void An_unknown_source_lists_the_allowed_ones()
    {
        var errors = Errors("backfill --from 2025-08-20 --to 2025-08-26 --source ftp");

        Assert.That(errors, Has.Some.Contains("ftp").And.Contains("local").And.Contains("s3").And.Contains("polygon"));
    }

    [Test]
    public void Force_takes_no_value_other_than_a_boolean() =>
        Assert.That(Errors("backfill --from 2025-08-20 --to 2025-08-26 --force maybe"), Is.Not.Empty);
}
