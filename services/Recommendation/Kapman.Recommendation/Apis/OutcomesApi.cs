using Kapman.Recommendation.Accuracy;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Core.Calibration;
using Kapman.Recommendation.Core.Outcomes;
using Kapman.Recommendation.Core.Outcomes.Options;
using Kapman.Recommendation.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Kapman.Recommendation.Apis;

/// <summary>
/// <c>POST /recommendations/evaluate?asOf=D</c> (on-demand evaluation job; default today UTC; an asOf before 1998 or after today
/// is a 400 problem detail, see <see cref="EvaluationDate"/>),
/// <c>GET /recommendations/{id}/outcome</c>, <c>GET /recommendations/{id}/option-outcome</c> (the latest option-level mark, issue 22 item 5),
/// <c>GET /recommendations/accuracy/options</c> (option P&amp;L, 50% target, stop and CSP assignment by strategy), and <c>GET /recommendations/accuracy</c> (hit rate, mean Brier and
/// Brier skill against the climatological base rate, overall with its bootstrap interval / by phase / strategy / signal, and the reliability table).
/// </summary>
public static class OutcomesApi
{
    public static IEndpointRouteBuilder MapOutcomesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/recommendations/evaluate", Evaluate).WithName("EvaluateOutcomes").WithSummary("Score the open calls as of a date").WithTags("Recommendations");
        app.MapGet("/recommendations/{id:guid}/outcome", GetOutcome).WithName("GetOutcome").WithSummary("The latest evaluation of a recommendation").WithTags("Recommendations");
        app.MapGet("/recommendations/{id:guid}/option-outcome", GetOptionOutcome).WithName("GetOptionOutcome").WithSummary("The latest option-level mark of a recommendation").WithTags("Recommendations");
        app.MapGet("/recommendations/accuracy/options", GetOptionAccuracy).WithName("GetOptionAccuracy").WithSummary("Option-level outcomes: P&L, 50% target, stop, CSP assignment").WithTags("Recommendations");
        app.MapGet("/recommendations/accuracy", GetAccuracy).WithName("GetAccuracy").WithSummary("Hit rate, Brier and reliability of the evaluated calls").WithTags("Recommendations");
        return app;
    }

    /// <summary>Evaluates as of <paramref name="asOf"/> (today UTC when null); a validation problem for a date <see cref="EvaluationDate"/> refuses.</summary>
    public static async Task<IResult> Evaluate(DateOnly? asOf, OutcomeEvaluationService evaluation, OptionOutcomeService options, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(clock);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (asOf is { } date && EvaluationDate.Problem(date, today) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["asOf"] = [problem] });
        }

        ArgumentNullException.ThrowIfNull(options);
        var evaluateAsOf = asOf ?? today;
        return TypedResults.Ok(new { evaluated = await evaluation.EvaluateAsync(evaluateAsOf, ct), optionMarks = await options.MarkAsync(evaluateAsOf, ct) });
    }

    /// <summary>The recommendation's latest evaluation; 404 when it has none.</summary>
    public static async Task<IResult> GetOutcome(Guid id, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await OutcomeStore.LatestAsync(connection, id, ct) is { } outcome ? TypedResults.Ok(outcome) : TypedResults.NotFound();
    }

    /// <summary>The recommendation's latest option-level mark; 404 when it has none.</summary>
    public static async Task<IResult> GetOptionOutcome(Guid id, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await OptionOutcomeStore.LatestAsync(connection, id, ct) is { } outcome ? TypedResults.Ok(outcome) : TypedResults.NotFound();
    }

    /// <summary>The option-level summary overall and by strategy (<see cref="OptionAccuracy"/>); empty when nothing is marked.</summary>
    public static async Task<Ok<IReadOnlyList<OptionAccuracyGroup>>> GetOptionAccuracy(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return TypedResults.Ok(OptionAccuracy.Summarize(await OptionOutcomeStore.MarkedAsync(connection, ct)));
    }

    /// <summary>Bootstrap resamples of the overall skill interval.</summary>
    public const int SkillResamples = 1000;

    /// <summary>Seed of the bootstrap (deterministic: the same calls give the same interval; the CLI's default too).</summary>
    public const int SkillSeed = 21;

    /// <summary>
    /// The accuracy summary of every evaluated call (<see cref="AccuracyAggregator"/>) with the overall Brier skill's 95 %
    /// percentile-bootstrap interval (<see cref="BrierBootstrap"/>, <see cref="SkillResamples"/> resamples, seed <see cref="SkillSeed"/>), from
    /// <see cref="AccuracyCache"/> while the scored calls are unchanged.
    /// </summary>
    public static async Task<Ok<AccuracySummary>> GetAccuracy(NpgsqlDataSource dataSource, AccuracyCache cache, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(cache);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return TypedResults.Ok(await cache.GetAsync(connection, SummarizeAsync, ct));
    }

    /// <summary>
    /// The accuracy summary of every evaluated call (<see cref="AccuracyAggregator"/>) with the overall Brier skill's 95 %
    /// percentile-bootstrap interval, computed now.
    /// </summary>
    public static async Task<AccuracySummary> SummarizeAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var calls = await OutcomeStore.ScoredCallsAsync(connection, ct);
        var summary = AccuracyAggregator.Summarize(calls);
        var interval = BrierBootstrap.SkillInterval(calls.Select(c => (c.Confidence, c.DirectionCorrect)).ToList(), SkillResamples, SkillSeed);
        return interval is { } ci ? summary with { SkillLower = ci.Lower, SkillUpper = ci.Upper } : summary;
    }
}
