using System.Net.Sockets;
using System.Text;
using Dapper;
using Npgsql;

namespace Kapman.IntegrationTests;

/// <summary>
/// The real servers the suite needs. Each must already run (the README's test command and .ci/run start them);
/// an unreachable one FAILS the run with what to start, never skips.
/// </summary>
internal static class Infrastructure
{
    public const string Database = "kapman_it";
    public const string VirtualHost = "kapman-it";
    public const string AdminConnectionString = LocalServers.PostgresAdmin;
    public static readonly string ConnectionString = LocalServers.Postgres(Database);
    public static readonly string RabbitMq = LocalServers.RabbitMq(VirtualHost);

    // DROP and CREATE DATABASE take no bind parameters and cannot run in a DO block (a transaction): the name goes in
    // as a parameter, is quoted by format('%I') in the server and run by psql-less \gexec's equivalent, a second command.
    private const string DropDatabaseSql = "SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', @database::text)";
    private const string CreateDatabaseSql = "SELECT format('CREATE DATABASE %I', @database::text)";

    public static void RequireListening(string what, int port, string howToStart)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect("127.0.0.1", port);
        }
        catch (SocketException ex)
        {
            Assert.Fail($"{what} is not listening on 127.0.0.1:{port} ({ex.SocketErrorCode}). Start it first: {howToStart}");
        }
    }

    /// <summary>
    /// Drops the test database and every service database of an earlier run, and recreates the test database (and, with
    /// one database per service, ingestion's), so every run starts from empty schemas.
    /// </summary>
    public static async Task ResetDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        foreach (var database in DatabaseLayout.ServiceDatabases.Append(Database).Distinct())
        {
            await RunFormattedAsync(connection, DropDatabaseSql, database);
        }

        foreach (var database in new[] { Database, DatabaseLayout.LegacyProbeDatabase }.Distinct())
        {
            await RunFormattedAsync(connection, CreateDatabaseSql, database);
        }

        // What a database made before the suite managed roles looks like: a schema, a serial table and a plain
        // sequence owned by the administrator. The suite must hand them to its app role.
        await using var legacy = new NpgsqlConnection(LocalServers.Postgres(DatabaseLayout.LegacyProbeDatabase));
        await legacy.OpenAsync();
        await legacy.ExecuteAsync("CREATE SCHEMA adoption_probe; CREATE TABLE adoption_probe.t (id bigserial PRIMARY KEY); CREATE SEQUENCE adoption_probe.s;");
    }

    private static async Task RunFormattedAsync(NpgsqlConnection connection, string formatSql, string database) =>
        await connection.ExecuteAsync((await connection.ExecuteScalarAsync<string>(formatSql, new { database }))!);

    /// <summary>Recreates the RabbitMQ vhost through the management API, so no queue or message survives from an earlier run.</summary>
    public static async Task ResetVirtualHostAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:15672/") };
        http.DefaultRequestHeaders.Authorization = LocalServers.RabbitMqManagementAuth;
        await http.DeleteAsync($"api/vhosts/{VirtualHost}");
        (await http.PutAsync($"api/vhosts/{VirtualHost}", new StringContent("{}", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await http.PutAsync($"api/permissions/{VirtualHost}/{LocalServers.RabbitMqUser}",
            new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
    }
}
