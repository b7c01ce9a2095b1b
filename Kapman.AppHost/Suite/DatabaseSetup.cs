using Npgsql;

namespace Kapman.AppHost.Suite;

/// <summary>
/// Before any resource starts: creates the suite's roles and database when missing (with one database per service, each
/// owner's database too), sets the services' role password for this run, and hands schemas an older administrator-run
/// suite created to that role.
/// </summary>
internal static class DatabaseSetup
{
    /// <summary>Runs the bootstrap steps of <see cref="DatabaseBootstrapper"/> that <paramref name="settings"/> call for.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is unreachable or refuses the administrator login.</exception>
    public static async Task EnsureAsync(SuiteSettings settings, CancellationToken ct)
    {
        try
        {
            if (settings.AppRolePassword is { } password)
            {
                await DatabaseBootstrapper.EnsureRolesAsync(settings.AdminConnectionString, password, ct);
            }

            // The suite's own database stays in both layouts: the AppHost's readiness check logs in to it.
            IEnumerable<string> databases = [settings.AdminConnectionString];
            if (settings.DatabasePerService)
            {
                databases = databases.Concat(ServiceDatabases.Owners.Select(owner => ServiceDatabases.For(settings.AdminConnectionString, owner)));
            }

            foreach (var database in databases)
            {
                await DatabaseBootstrapper.EnsureDatabaseAsync(database, settings.AppRolePassword is null ? null : DatabaseBootstrapper.AppRole, ct);
                if (settings.AppRolePassword is not null)
                {
                    await DatabaseBootstrapper.AdoptSchemasAsync(database, ct);
                }
            }
        }
        catch (NpgsqlException ex)
        {
            var (host, port) = InfraEndpoints.Postgres(settings.AdminConnectionString);
            throw new InvalidOperationException($"PostgreSQL at {host}:{port} is not usable (run deploy/start-infra.sh): {ex.Message}", ex);
        }
    }
}
