using Dapper;
using Kapman.MarketData;
using Kapman.Options.Core;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Data;
using Kapman.ServiceDefaults.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// A database of the test's own (created here, dropped on dispose) with the recommendation schema migrated and the
/// upstream read contracts the service reads, as tables shaped like the views the Wyckoff, Options and Ingestion services
/// publish (<c>wyckoff_api.snapshots_v1</c> with phase, trade signal and event codes; <c>options_api.contracts_v2</c> with
/// <c>options_api.contracts_v1</c> a view of its first columns, as the Options service's migrations define them, and
/// <c>options_api.dealer_metrics_v1</c>; <c>market_api.daily_bars_v1</c>; columns in the owners' READMEs).
/// </summary>
internal sealed class UpstreamDatabase : IAsyncDisposable
{
    private const string Server = $"Host={LocalServers.PostgresSocket};Port=5432;Username=postgres";
    private readonly string name;

    private UpstreamDatabase(string name, NpgsqlDataSource dataSource)
    {
        this.name = name;
        DataSource = dataSource;
    }

    /// <summary>The database, search path <c>recommendation</c>.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>The generator's inputs, reading the stand-in read contracts of this database.</summary>
    public RecommendationInputs Inputs => new(DataSource, DataSource, DataSource);

    /// <summary>Creates and migrates the database; fails the test with a clear message when PostgreSQL is unreachable.</summary>
    public static async Task<UpstreamDatabase> CreateAsync()
    {
        var name = "kapman_rectest_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await using var admin = new NpgsqlConnection(Server + ";Database=postgres");
            await admin.OpenAsync();
            await admin.ExecuteAsync($"CREATE DATABASE {name}");
        }
        catch (NpgsqlException e)
        {
            Assert.Fail($"PostgreSQL on 127.0.0.1:5432 (the postgres superuser over the Unix socket, peer) is needed: {e.Message}");
        }

        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        var dataSource = new NpgsqlDataSourceBuilder($"{Server};Database={name};Search Path=recommendation").Build();
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                CREATE SCHEMA wyckoff_api; CREATE SCHEMA options_api; CREATE SCHEMA market_api;
                CREATE TABLE wyckoff_api.snapshots_v1 (ticker text, session_date date, bc_score int, spring_score int, alert_kind text, phase text,
                    trade_signal text, event_codes text[] NOT NULL DEFAULT '{}', PRIMARY KEY (ticker, session_date));
                CREATE TABLE options_api.dealer_metrics_v1 (underlying text, as_of date, spot double precision);
                CREATE TABLE options_api.contracts_v2 (occ_symbol text, option_right text, expiration date, strike double precision, bid double precision,
                    ask double precision, delta double precision, open_interest bigint, as_of date, underlying text, volume bigint NOT NULL DEFAULT 0,
                    iv double precision, iv_source text NOT NULL DEFAULT 'none');
                CREATE VIEW options_api.contracts_v1 AS
                    SELECT occ_symbol, option_right, expiration, strike, bid, ask, delta, open_interest, as_of, underlying FROM options_api.contracts_v2;
                CREATE TABLE market_api.daily_bars_v1 (ticker text, session_date date, open double precision, high double precision, low double precision, close double precision,
                    volume bigint NOT NULL DEFAULT 0);
                """);
        }

        await new MigrationRunner(dataSource, new ServiceSchema("recommendation", typeof(RecommendationGenerator).Assembly), NullLogger<MigrationRunner>.Instance)
            .MigrateAsync(CancellationToken.None);
        return new UpstreamDatabase(name, dataSource);
    }

    /// <summary>Stores an enriched chain in <c>options_api.contracts_v2</c> (so v1 too) and its spot in <c>options_api.dealer_metrics_v1</c>.</summary>
    public async Task StoreChainAsync(OptionChainSnapshot snapshot, IReadOnlyList<EnrichedContract> contracts)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("INSERT INTO options_api.dealer_metrics_v1 VALUES (@Underlying, @AsOf, @Spot)", new { snapshot.Underlying, snapshot.AsOf, snapshot.Spot });
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY options_api.contracts_v2 (occ_symbol, option_right, expiration, strike, bid, ask, delta, open_interest, as_of, underlying, volume, iv, iv_source) FROM STDIN (FORMAT BINARY)");
        foreach (var c in contracts)
        {
            var q = c.Quote;
            await copy.StartRowAsync();
            await copy.WriteAsync(q.OccSymbol, NpgsqlDbType.Text);
            await copy.WriteAsync(q.Right == OptionRight.Call ? "call" : "put", NpgsqlDbType.Text);
            await copy.WriteAsync(q.Expiration, NpgsqlDbType.Date);
            await copy.WriteAsync(q.Strike, NpgsqlDbType.Double);
            await WriteNullableAsync(copy, q.Bid);
            await WriteNullableAsync(copy, q.Ask);
            await WriteNullableAsync(copy, c.Greeks?.Delta);
            await copy.WriteAsync(q.OpenInterest, NpgsqlDbType.Bigint);
            await copy.WriteAsync(snapshot.AsOf, NpgsqlDbType.Date);
            await copy.WriteAsync(snapshot.Underlying, NpgsqlDbType.Text);
            await copy.WriteAsync(q.Volume, NpgsqlDbType.Bigint);
            await WriteNullableAsync(copy, c.ImpliedVolatility);
            await copy.WriteAsync(c.IvSource, NpgsqlDbType.Text);
        }

        await copy.CompleteAsync();
    }

    /// <summary>Stores daily bars of <paramref name="ticker"/> in <c>market_api.daily_bars_v1</c>.</summary>
    public async Task StoreBarsAsync(string ticker, IEnumerable<Bar> bars)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY market_api.daily_bars_v1 (ticker, session_date, open, high, low, close, volume) FROM STDIN (FORMAT BINARY)");
        foreach (var bar in bars)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(ticker, NpgsqlDbType.Text);
            await copy.WriteAsync(bar.Date, NpgsqlDbType.Date);
            await copy.WriteAsync(bar.Open, NpgsqlDbType.Double);
            await copy.WriteAsync(bar.High, NpgsqlDbType.Double);
            await copy.WriteAsync(bar.Low, NpgsqlDbType.Double);
            await copy.WriteAsync(bar.Close, NpgsqlDbType.Double);
            await copy.WriteAsync((long)bar.Volume, NpgsqlDbType.Bigint);
        }

        await copy.CompleteAsync();
    }

    /// <summary>Replaces the ticker's snapshot of the session; <paramref name="events"/> are event codes.</summary>
    public async Task SetSnapshotAsync(string ticker, DateOnly session, int bc, int spring, string? alert, string? phase, string? tradeSignal, params string[] events)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO wyckoff_api.snapshots_v1 VALUES (@ticker, @session, @bc, @spring, @alert, @phase, @tradeSignal, @events)
            ON CONFLICT (ticker, session_date) DO UPDATE SET bc_score = EXCLUDED.bc_score, spring_score = EXCLUDED.spring_score,
                alert_kind = EXCLUDED.alert_kind, phase = EXCLUDED.phase, trade_signal = EXCLUDED.trade_signal, event_codes = EXCLUDED.event_codes
            """,
            new { ticker, session, bc, spring, alert, phase, tradeSignal, events });
    }

    /// <summary>Legs (of any stored recommendation) whose (expiry, strike, type, OCC symbol) is not in options_api.contracts_v1 of the recommendation's date.</summary>
    public async Task<long> OrphanLegsAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(
            """
            SELECT count(*) FROM recommendations r, jsonb_array_elements(r.legs) leg
            WHERE NOT EXISTS (SELECT 1 FROM options_api.contracts_v1 c WHERE c.as_of = r.session_date AND c.underlying = r.ticker
                              AND c.expiration = (leg->>'expiration')::date AND c.strike = (leg->>'strike')::double precision
                              AND c.option_right = leg->>'right' AND c.occ_symbol = leg->>'occSymbol')
            """);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Server + ";Database=postgres");
        await admin.OpenAsync();
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, double? value) =>
        value is { } v && double.IsFinite(v) ? copy.WriteAsync(v, NpgsqlDbType.Double) : copy.WriteNullAsync();
}
