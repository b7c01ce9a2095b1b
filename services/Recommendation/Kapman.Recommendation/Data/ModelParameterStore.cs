using System.Text.Json;
using Dapper;
using Kapman.Recommendation.Core.Calibration;
using Npgsql;
using Row = (string Signal, string Version, string Parameters, double BaseRate, int Calls, bool NoEdge, System.DateOnly FittedThrough);

namespace Kapman.Recommendation.Data;

/// <summary>
/// Reads and writes <c>model_parameters</c> (migration 006): a calibration parameter set is one row per fitted signal
/// (parameters = Platt A, B, the holdout Briers and the edge test's lower bound) plus the row of signal <see cref="Overall"/> with the base rate of all
/// calls fitted on. A stored set is never changed: saving a set whose (name, method version, fitted-through) exists keeps the
/// stored rows.
/// </summary>
public static class ModelParameterStore
{
    /// <summary>The signal key of the overall row.</summary>
    public const string Overall = "*";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Select = """
        SELECT signal, version, parameters::text AS Parameters, base_rate AS BaseRate, n_calls AS Calls, no_edge AS NoEdge, fitted_through AS FittedThrough
        FROM model_parameters
        """;

    /// <summary>The stored set of <paramref name="settings"/>' model and method version fitted through <paramref name="fittedThrough"/>, or null.</summary>
    public static async Task<CalibrationModel?> ReadAsync(NpgsqlConnection connection, CalibrationSettings settings, DateOnly fittedThrough, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(
            Select + " WHERE model_name = @ModelName AND model_version = @ModelVersion AND fitted_through = @fittedThrough ORDER BY signal",
            new { settings.ModelName, settings.ModelVersion, fittedThrough }, cancellationToken: ct))).ToList();
        return Model(settings.ModelName, rows);
    }

    /// <summary>The latest stored set fitted through <paramref name="onOrBefore"/> or earlier (any date when null), or null.</summary>
    public static async Task<CalibrationModel?> LatestAsync(NpgsqlConnection connection, CalibrationSettings settings, DateOnly? onOrBefore, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(
            Select + """
             WHERE model_name = @ModelName AND model_version = @ModelVersion
               AND fitted_through = (SELECT max(fitted_through) FROM model_parameters
                                     WHERE model_name = @ModelName AND model_version = @ModelVersion
                                       AND (@onOrBefore::date IS NULL OR fitted_through <= @onOrBefore))
             ORDER BY signal
            """,
            new { settings.ModelName, settings.ModelVersion, onOrBefore }, cancellationToken: ct))).ToList();
        return Model(settings.ModelName, rows);
    }

    /// <summary>
    /// Stores <paramref name="model"/> (fitted on <paramref name="calls"/> resolved calls) under <paramref name="settings"/>' method
    /// version, unless a set of the same date is stored; one statement, so a set is stored whole.
    /// </summary>
    public static Task SaveAsync(NpgsqlConnection connection, CalibrationSettings settings, CalibrationModel model, int calls, DateTimeOffset fittedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(model);
        var signals = new List<string> { Overall };
        var parameters = new List<string> { "{}" };
        var rates = new List<double> { model.BaseRate };
        var counts = new List<int> { calls };
        var noEdge = new List<bool> { true };
        foreach (var s in model.Signals)
        {
            signals.Add(s.Signal);
            parameters.Add(JsonSerializer.Serialize(new SignalParameters(s.A, s.B, s.HoldoutBrier, s.HoldoutBaseBrier, s.HoldoutGainLower), Json));
            rates.Add(s.BaseRate);
            counts.Add(s.Count);
            noEdge.Add(!s.HasEdge);
        }

        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO model_parameters (model_name, model_version, fitted_through, signal, version, parameters, base_rate, n_calls, no_edge, fitted_at)
            SELECT @ModelName, @ModelVersion, @FittedThrough, s, @Version, CAST(p AS jsonb), r, n, e, @fittedAt
            FROM unnest(@signals, @parameters, @rates, @counts, @noEdge) AS t(s, p, r, n, e)
            ON CONFLICT (model_name, model_version, fitted_through, signal) DO NOTHING
            """,
            new
            {
                settings.ModelName, settings.ModelVersion, model.FittedThrough, model.Version, fittedAt,
                signals = signals.ToArray(), parameters = parameters.ToArray(), rates = rates.ToArray(), counts = counts.ToArray(), noEdge = noEdge.ToArray(),
            },
            cancellationToken: ct));
    }

    private static CalibrationModel? Model(string name, List<Row> rows)
    {
        var index = rows.FindIndex(r => r.Signal == Overall);
        if (index < 0)
        {
            return null;
        }

        var overall = rows[index];
        var signals = rows.Where(r => r.Signal != Overall).Select(r =>
        {
            var p = JsonSerializer.Deserialize<SignalParameters>(r.Parameters, Json)!;
            return new SignalCalibration(r.Signal, r.Calls, r.BaseRate, p.A, p.B, !r.NoEdge, p.HoldoutBrier, p.HoldoutBaseBrier, p.HoldoutGainLower);
        }).OrderBy(s => s.Signal, StringComparer.Ordinal).ToList();
        return new CalibrationModel(name, overall.Version, overall.FittedThrough, overall.BaseRate, signals);
    }

    /// <summary>The <c>parameters</c> JSON of a fitted signal: Platt (A, B), the holdout Briers and the lower bound of the edge test.</summary>
    private sealed record SignalParameters(double A, double B, double HoldoutBrier, double HoldoutBaseBrier, double? HoldoutGainLower);

}
