using Dapper;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Data;

/// <summary>
/// <c>recommendation.run_inputs</c>: one row per run with a flag per input of the recommendation join (Wyckoff, options) and
/// whether the run generated. Flags only ever turn on, so a redelivered input marks nothing new.
/// </summary>
public static class RunInputsStore
{
    /// <summary>
    /// Turns on the flag of one input of the run in <paramref name="tx"/> (the row lock serialises two inputs); returns true when
    /// both inputs are in.
    /// </summary>
    /// <param name="wyckoffInput">True for the Wyckoff input, false for the options input.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tx"/> is null.</exception>
    public static Task<bool> MarkInputAsync(OutboxTransaction tx, Guid runId, DateOnly sessionDate, bool wyckoffInput, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx.Connection.QuerySingleAsync<bool>(new CommandDefinition(
            """
            INSERT INTO run_inputs (run_id, session_date, wyckoff_done, options_done) VALUES (@runId, @sessionDate, @wyckoff, @options)
            ON CONFLICT (run_id) DO UPDATE
            SET wyckoff_done = run_inputs.wyckoff_done OR EXCLUDED.wyckoff_done, options_done = run_inputs.options_done OR EXCLUDED.options_done
            RETURNING wyckoff_done AND options_done
            """,
            new { runId, sessionDate, wyckoff = wyckoffInput, options = !wyckoffInput }, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>Marks the run generated in <paramref name="tx"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tx"/> is null.</exception>
    public static Task MarkGeneratedAsync(OutboxTransaction tx, Guid runId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE run_inputs SET generated = true WHERE run_id = @runId", new { runId }, tx.Transaction, cancellationToken: ct));
    }
}
