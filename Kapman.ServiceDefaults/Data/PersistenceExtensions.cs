using Dapper;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Kapman.ServiceDefaults;

/// <summary>Registers the service's <see cref="NpgsqlDataSource"/>, its readiness check and its migrations.</summary>
public static class PersistenceExtensions
{
    /// <summary>
    /// Adds an <see cref="NpgsqlDataSource"/> from <c>ConnectionStrings:Postgres</c> whose search path is the
    /// service's own schema (so unqualified names are its tables; other layers are read schema-qualified),
    /// runs the schema's migrations before the host starts serving, and adds a Postgres readiness check.
    /// </summary>
    /// <exception cref="InvalidOperationException">No <c>ConnectionStrings:Postgres</c> is configured.</exception>
    public static IHostApplicationBuilder AddKapmanPostgres(this IHostApplicationBuilder builder, ServiceSchema schema)
    {
        var connectionString = builder.Configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("ConnectionStrings:Postgres is not configured (env ConnectionStrings__Postgres).");
        var csb = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema.Name, ApplicationName = builder.Environment.ApplicationName };

        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        builder.Services.AddSingleton(schema);
        builder.Services.AddSingleton(_ => TracedDataSource.Build(csb.ConnectionString));
        builder.Services.AddSingleton<MigrationRunner>();
        builder.Services.AddHostedService<MigrationHostedService>();
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres");
        return builder;
    }
}
