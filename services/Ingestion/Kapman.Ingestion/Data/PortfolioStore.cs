using Dapper;
using Kapman.Ingestion.Apis;
using Npgsql;

namespace Kapman.Ingestion.Data;

/// <summary>Portfolios and their P1/P2 tickers in <c>portfolios</c> and <c>portfolio_tickers</c>.</summary>
public sealed class PortfolioStore(NpgsqlDataSource dataSource)
{
    /// <summary>Every portfolio with its tickers, by name.</summary>
    public async Task<IReadOnlyList<PortfolioDto>> ListAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var ids = await connection.QueryAsync<long>(new CommandDefinition("SELECT id FROM portfolios ORDER BY name", cancellationToken: ct));
        var result = new List<PortfolioDto>();
        foreach (var id in ids)
        {
            result.Add((await GetAsync(connection, id, ct))!);
        }

        return result;
    }

    /// <summary>One portfolio, or null.</summary>
    public async Task<PortfolioDto?> GetAsync(long id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await GetAsync(connection, id, ct);
    }

    /// <summary>Creates a portfolio; null when the name is taken.</summary>
    public async Task<PortfolioDto?> CreateAsync(string name, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "INSERT INTO portfolios (name) VALUES (@name) ON CONFLICT (name) DO NOTHING RETURNING id", new { name }, cancellationToken: ct));
        return id is { } created ? new PortfolioDto(created, name, []) : null;
    }

    /// <summary>Renames a portfolio; false when it does not exist.</summary>
    public async Task<bool> RenameAsync(long id, string name, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE portfolios SET name = @name, updated_at = now() WHERE id = @id", new { id, name }, cancellationToken: ct)) == 1;
    }

    /// <summary>Deletes a portfolio and its tickers; false when it does not exist.</summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM portfolios WHERE id = @id", new { id }, cancellationToken: ct)) == 1;
    }

    /// <summary>Adds the ticker, or changes its priority; false when the portfolio does not exist.</summary>
    public async Task<bool> UpsertTickerAsync(long id, string ticker, string priority, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO portfolio_tickers (portfolio_id, ticker, priority)
            SELECT id, @ticker, @priority FROM portfolios WHERE id = @id
            ON CONFLICT (portfolio_id, ticker) DO UPDATE SET priority = EXCLUDED.priority
            """, new { id, ticker, priority }, cancellationToken: ct)) == 1;
    }

    /// <summary>Removes the ticker; false when it was not in the portfolio.</summary>
    public async Task<bool> RemoveTickerAsync(long id, string ticker, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM portfolio_tickers WHERE portfolio_id = @id AND ticker = @ticker", new { id, ticker }, cancellationToken: ct)) == 1;
    }

    private static async Task<PortfolioDto?> GetAsync(NpgsqlConnection connection, long id, CancellationToken ct)
    {
        var name = await connection.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT name FROM portfolios WHERE id = @id", new { id }, cancellationToken: ct));
        if (name is null)
        {
            return null;
        }

        var tickers = await connection.QueryAsync<PortfolioTickerDto>(new CommandDefinition(
            "SELECT ticker AS Ticker, priority AS Priority FROM portfolio_tickers WHERE portfolio_id = @id ORDER BY priority, ticker", new { id }, cancellationToken: ct));
        return new PortfolioDto(id, name, [.. tickers]);
    }
}
