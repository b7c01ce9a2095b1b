using Kapman.Recommendation.Core.Calibration;
using Kapman.Recommendation.Data;
using Npgsql;

namespace Kapman.Recommendation.Tests;

/// <summary>Stores hand-made calibration parameter sets (<c>model_parameters</c>) for tests.</summary>
internal static class CalibrationSets
{
    /// <summary>
    /// Stores a set of the default method fitted through <paramref name="fittedThrough"/> with overall base rate
    /// <paramref name="baseRate"/> and the given signals (Platt A, B; edge or not; their own base rate).
    /// </summary>
    public static async Task StoreAsync(
        NpgsqlDataSource dataSource, DateOnly fittedThrough, double baseRate, params (string Signal, double A, double B, bool Edge, double BaseRate)[] signals)
    {
        var settings = CalibrationSettings.Default;
        var model = new CalibrationModel(
            settings.ModelName, $"{settings.ModelVersion}+{fittedThrough:yyyy-MM-dd}", fittedThrough, baseRate,
            signals.Select(s => new SignalCalibration(s.Signal, 400, s.BaseRate, s.A, s.B, s.Edge, 0.2, 0.25)).ToList());
        await using var connection = await dataSource.OpenConnectionAsync();
        await ModelParameterStore.SaveAsync(connection, settings, model, 1000, DateTimeOffset.UnixEpoch, CancellationToken.None);
    }
}
