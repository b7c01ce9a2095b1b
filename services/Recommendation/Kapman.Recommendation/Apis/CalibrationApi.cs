using Kapman.Recommendation.Application;
using Kapman.Recommendation.Core.Calibration;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Kapman.Recommendation.Apis;

/// <summary>
/// <c>POST /calibration/refits?session=D</c> (behind the gateway's API key, like every mutating /api call): fits and stores the
/// walk-forward calibration parameter set session D uses (outcomes resolved before the Monday on or before D; default today UTC),
/// or answers the stored one unchanged (<see cref="CalibrationService"/>). <c>GET /calibration?session=D</c>: the latest stored
/// set fitted through D or earlier (any date when omitted); 404 when none is stored.
/// </summary>
public static class CalibrationApi
{
    public static IEndpointRouteBuilder MapCalibrationApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/calibration/refits", Refit).WithName("RefitCalibration").WithSummary("Fit and store a session's calibration parameter set").WithTags("Calibration");
        app.MapGet("/calibration", GetLatest).WithName("GetCalibration").WithSummary("The latest stored calibration parameter set").WithTags("Calibration");
        return app;
    }

    /// <summary>The parameter set of <paramref name="session"/> (today UTC when null), fitted now if it is not stored yet.</summary>
    public static async Task<Ok<CalibrationModel>> Refit(DateOnly? session, NpgsqlDataSource dataSource, CalibrationService calibration, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(calibration);
        ArgumentNullException.ThrowIfNull(clock);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return TypedResults.Ok(await calibration.ForSessionAsync(connection, session ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct));
    }

    /// <summary>The latest stored set fitted through <paramref name="session"/> or earlier; 404 when there is none.</summary>
    public static async Task<Results<Ok<CalibrationModel>, NotFound>> GetLatest(DateOnly? session, NpgsqlDataSource dataSource, CalibrationService calibration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(calibration);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await calibration.LatestAsync(connection, session, ct) is { } model ? TypedResults.Ok(model) : TypedResults.NotFound();
    }
}
