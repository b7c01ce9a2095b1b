using System.Net.Sockets;
using System.Text;
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

    /// <summary>Drops and recreates the test database, so every run starts from empty schemas.</summary>
    public static async Task ResetDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await using (var create = new NpgsqlCommand($"CREATE DATABASE {Database}", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        // What a database made before the suite managed roles looks like: a schema, a serial table and a plain
        // sequence owned by the administrator. The suite must hand them to its app role.
        await using var legacy = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = Database }.ConnectionString);
        await legacy.OpenAsync();
        await using var schema = new NpgsqlCommand(
            "CREATE SCHEMA adoption_probe; CREATE TABLE adoption_probe.t (id bigserial PRIMARY KEY); CREATE SEQUENCE adoption_probe.s;", legacy);
        await schema.ExecuteNonQueryAsync();
    }

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
