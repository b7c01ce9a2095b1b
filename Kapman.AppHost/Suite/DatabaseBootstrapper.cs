using System.Text.RegularExpressions;
using Npgsql;

namespace Kapman.AppHost.Suite;

/// <summary>
/// Creates the suite's roles and database when they are missing, connecting as an administrator to the server's
/// <c>postgres</c> database. The services never run as a superuser: they log in as <see cref="AppRole"/>, which
/// owns the database and so the schemas its migrations create.
/// </summary>
public static partial class DatabaseBootstrapper
{
    /// <summary>The services' login role: NOSUPERUSER, NOCREATEDB, NOCREATEROLE.</summary>
    public const string AppRole = "kapman_app";

    /// <summary>Read-only role for the base market-data layer (docs/domain/architecture.md#data-ownership, seed 001 §5.1's two layers); its grants come with the market schema's migrations.</summary>
    public const string MarketReaderRole = "kapman_market_reader";

    private const string ExistsSql = "SELECT 1 FROM pg_database WHERE datname = @name";

    // The password travels as a bind parameter into a session setting and is quoted by format('%L') inside the
    // server, so it is never spliced into SQL text here.
    private const string RolesSql = """
        SELECT set_config('kapman.app_password', @password, false);
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_app') THEN
                CREATE ROLE kapman_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
            END IF;
            EXECUTE format('ALTER ROLE kapman_app PASSWORD %L', current_setting('kapman.app_password'));
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_market_reader') THEN
                CREATE ROLE kapman_market_reader NOLOGIN;
            END IF;
        END $$;
        SELECT set_config('kapman.app_password', '', false);
        """;

    // A database created before the suite managed roles has schemas owned by the administrator; hand them (and
    // their tables, partitions and sequences) to the app role so the services can keep using them.
    private const string AdoptSql = """
        DO $$
        DECLARE r record;
        BEGIN
            FOR r IN SELECT nspname FROM pg_namespace
                     WHERE nspname NOT LIKE 'pg\_%' AND nspname NOT IN ('information_schema', 'public')
                       AND pg_get_userbyid(nspowner) <> 'kapman_app' LOOP
                EXECUTE format('ALTER SCHEMA %I OWNER TO kapman_app', r.nspname);
            END LOOP;
            -- Tables first: their serial sequences follow them. Sequences left over are queried afresh after.
            FOR r IN SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE c.relkind IN ('r', 'p', 'v', 'm') AND pg_get_userbyid(c.relowner) <> 'kapman_app'
                       AND n.nspname NOT LIKE 'pg\_%' AND n.nspname NOT IN ('information_schema', 'public') LOOP
                EXECUTE format('ALTER TABLE %I.%I OWNER TO kapman_app', r.nspname, r.relname);
            END LOOP;
            FOR r IN SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> 'kapman_app'
                       AND n.nspname NOT LIKE 'pg\_%' AND n.nspname NOT IN ('information_schema', 'public') LOOP
                EXECUTE format('ALTER SEQUENCE %I.%I OWNER TO kapman_app', r.nspname, r.relname);
            END LOOP;
        END $$;
        """;

    /// <summary>Makes <see cref="AppRole"/> the owner of every non-system schema and relation in the suite's database.</summary>
    /// <exception cref="NpgsqlException">The server is unreachable or the administrator may not change owners.</exception>
    public static async Task AdoptSchemasAsync(string adminConnectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(AdoptSql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Creates <see cref="AppRole"/> (or resets its password) and <see cref="MarketReaderRole"/>.</summary>
    /// <exception cref="NpgsqlException">The server is unreachable or the administrator may not create roles.</exception>
    public static async Task EnsureRolesAsync(string adminConnectionString, string appPassword, CancellationToken ct)
    {
        var admin = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(RolesSql, connection);
        command.Parameters.AddWithValue("password", appPassword);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Ensures the database named in <paramref name="connectionString"/> exists, owned by <paramref name="owner"/>
    /// when one is given; true when it was created now.
    /// </summary>
    /// <exception cref="ArgumentException">The database or owner name is not a plain identifier ([A-Za-z_][A-Za-z0-9_]*).</exception>
    /// <exception cref="NpgsqlException">The server is unreachable or refuses the credentials.</exception>
    public static async Task<bool> EnsureDatabaseAsync(string connectionString, string? owner, CancellationToken ct)
    {
        if (owner is not null && !Identifier().IsMatch(owner))
        {
            throw new ArgumentException($"Owner '{owner}' is not a plain identifier.", nameof(owner));
        }

        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = string.IsNullOrEmpty(target.Database) ? "kapman" : target.Database;
        if (!Identifier().IsMatch(name))
        {
            throw new ArgumentException($"Database name '{name}' is not a plain identifier.", nameof(connectionString));
        }

        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(ct);
        bool created;
        await using (var exists = new NpgsqlCommand(ExistsSql, connection))
        {
            exists.Parameters.AddWithValue("name", name);
            created = await exists.ExecuteScalarAsync(ct) is null;
        }

        // CREATE and ALTER DATABASE take no parameters; both names were checked against Identifier() above.
        if (created)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }

        if (owner is not null)
        {
            await using var alter = new NpgsqlCommand($"ALTER DATABASE \"{name}\" OWNER TO \"{owner}\"", connection);
            await alter.ExecuteNonQueryAsync(ct);
        }

        return created;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
