using Dapper;
using Npgsql;

namespace Kapman.Notification.Data.Telegram;

/// <summary>
/// The <c>telegram_updates</c> table (migration 005): which Bot API <c>update_id</c>s have been taken, so each update is handled at most
/// once in either mode. The claim is its own statement outside any transaction, committed before the update is handled.
/// </summary>
public sealed class TelegramUpdateStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Takes <paramref name="updateId"/> for handling; true the first time, false when it was taken before (a repeated webhook POST or a
    /// poll that returned it again), in which case it must not be handled.
    /// </summary>
    /// <param name="updateId">The update's <c>update_id</c>.</param>
    /// <param name="source"><c>polling</c> or <c>webhook</c>.</param>
    /// <param name="ct">Cancels the claim.</param>
    public async Task<bool> ClaimAsync(long updateId, string source, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO telegram_updates (update_id, source) VALUES (@updateId, @source) ON CONFLICT (update_id) DO NOTHING",
            new { updateId, source }, cancellationToken: ct)) == 1;
    }
}
