using Kapman.Recommendation.Apis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Kapman.Recommendation.Tests;

/// <summary><c>GET /decisions</c> answers a validation problem (400) naming the bad field before it touches the database.</summary>
public sealed class DecisionsApiValidationTests
{
    [TestCase("2025-13-01", null, null, "session")]
    [TestCase("yesterday", null, null, "session")]
    [TestCase(null, "Z", null, "stage")]
    [TestCase(null, null, "maybe", "accepted")]
    public async Task Bad_input_to_the_decisions_list_is_a_validation_problem(string? session, string? stage, string? accepted, string field)
    {
        // A data source that would fail on first use: the check must answer before any query.
        await using var unused = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=1");
        var result = await DecisionsApi.GetDecisions(session, stage, accepted, unused, CancellationToken.None);

        var problem = (ValidationProblem)result;
        Assert.That(problem.StatusCode, Is.EqualTo(StatusCodes.Status400BadRequest));
        Assert.That(problem.ProblemDetails.Errors.Keys, Is.EqualTo(new[] { field }));
    }
}
