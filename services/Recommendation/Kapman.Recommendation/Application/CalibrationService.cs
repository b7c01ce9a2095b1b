using Kapman.Recommendation.Core.Calibration;
using Kapman.Recommendation.Data;
using Npgsql;

namespace Kapman.Recommendation.Application;

/// <summary>
/// The walk-forward calibration of the daily run (issue 21 item 1), on the same <see cref="CalibrationFitter"/> as
/// <c>kapman recommend backtest</c>. A session uses the parameter set fitted through <see cref="CalibrationSchedule.FittedThrough"/>
/// (the Monday on or before it): only outcomes resolved strictly before that date. The set is read from
/// <c>model_parameters</c>, or fitted and stored when it is not there yet (by the weekly run, <c>POST /calibration/refits</c>, or
/// the first daily run of the week); a stored set is never refitted, so a rerun of a session uses the same set.
/// </summary>
public sealed class CalibrationService(CalibrationSettings settings, TimeProvider clock)
{
    /// <summary>The method's settings (model name and version, minimum sample).</summary>
    public CalibrationSettings Settings => settings;

    /// <summary>The parameter set of <paramref name="session"/>, stored first if it is new.</summary>
    public async Task<CalibrationModel> ForSessionAsync(NpgsqlConnection connection, DateOnly session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var through = CalibrationSchedule.FittedThrough(session);
        if (await ModelParameterStore.ReadAsync(connection, settings, through, ct) is { } stored)
        {
            return stored;
        }

        var samples = await OutcomeStore.CalibrationSamplesAsync(connection, through, ct);
        var model = CalibrationFitter.Fit(samples, through, settings);
        await ModelParameterStore.SaveAsync(connection, settings, model, samples.Count, clock.GetUtcNow(), ct);
        // Another run may have stored the same date first: the stored set is the one every run uses.
        return await ModelParameterStore.ReadAsync(connection, settings, through, ct) ?? model;
    }

    /// <summary>The latest stored set fitted through <paramref name="onOrBefore"/> or earlier (any when null), or null.</summary>
    public Task<CalibrationModel?> LatestAsync(NpgsqlConnection connection, DateOnly? onOrBefore, CancellationToken ct) =>
        ModelParameterStore.LatestAsync(connection, settings, onOrBefore, ct);
}
