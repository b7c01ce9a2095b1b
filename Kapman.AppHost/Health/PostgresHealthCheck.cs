using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Kapman.AppHost.Health;

/// <summary>Healthy when the services' login opens a connection and answers <c>SELECT 1</c> within five seconds.</summary>
public sealed class PostgresHealthCheck(string connectionString) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            // The message names host, port and role but never the password (Npgsql does not put it in errors).
            return HealthCheckResult.Unhealthy($"PostgreSQL is not usable: {ex.Message}");
        }
    }
}
