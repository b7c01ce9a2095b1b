using Npgsql;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>Opens <see cref="OutboxTransaction"/>s on the service's data source.</summary>
public sealed class ServiceDatabase(NpgsqlDataSource dataSource, OutboxSignal signal)
{
    /// <summary>The data source (search path = the service's schema), for reads outside a unit of work.</summary>
    public NpgsqlDataSource DataSource { get; } = dataSource;

    /// <summary>Opens a connection and begins a read-committed transaction.</summary>
    public async Task<OutboxTransaction> BeginAsync(CancellationToken ct)
    {
        var connection = await DataSource.OpenConnectionAsync(ct);
        var transaction = await connection.BeginTransactionAsync(ct);
        return new OutboxTransaction(connection, transaction, signal);
    }
}
