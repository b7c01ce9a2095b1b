using Dapper;

namespace Kapman.Notification.Tests.Discord;

/// <summary>The tier tests' waits and reads of <c>discord_deliveries</c>, in real time while the worker runs on the settable clock.</summary>
public sealed partial class DiscordTierTests
{
    /// <summary>Waits until <paramref name="tier"/>'s row has made <paramref name="attempts"/> attempts and its last answer is recorded.</summary>
    private Task WaitSettledAsync(string tier, int attempts) =>
        WaitAsync(async () =>
        {
            await using var connection = await database.DataSource.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<long>(
                "SELECT count(*) FROM discord_deliveries WHERE tier = @tier AND attempts = @attempts AND state <> 'SENDING'", new { tier, attempts }) == 1;
        });

    private async Task<(string State, int Attempts, int Failures)> SingleRowAsync(string tier)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(string, int, int)>("SELECT state, attempts, failures FROM discord_deliveries WHERE tier = @tier", new { tier });
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }

    private async Task ExecuteAsync(string sql, DateTimeOffset at)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(sql, new { at = at.UtcDateTime });
    }

    private static Task WaitAsync(Func<bool> done) => WaitAsync(() => Task.FromResult(done()));

    private static async Task WaitAsync(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("timed out waiting");
            }

            await Task.Delay(50);
        }
    }
}
