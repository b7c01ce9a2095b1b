using Dapper;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Ingestion.Data;

/// <summary><c>schedule_alerts</c>: the sessions whose run did not start by their alert time, each alerted once.</summary>
public static class ScheduleAlertStore
{
    /// <summary>Records the alert of <paramref name="session"/>; false when it was already raised.</summary>
    public static async Task<bool> TryRecordAsync(OutboxTransaction tx, DateOnly session, string reason, DateTimeOffset raisedAt, CancellationToken ct) =>
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO schedule_alerts (session_date, reason, raised_at) VALUES (@session, @reason, @raisedAt) ON CONFLICT (session_date) DO NOTHING",
            new { session, reason, raisedAt }, tx.Transaction, cancellationToken: ct)) == 1;
}
