namespace Kapman.AppHost.Suite;

/// <summary>The resources every service depends on, as the AppHost models them.</summary>
/// <param name="Postgres">The services' PostgreSQL login (connection-string resource named <c>postgres</c>).</param>
/// <param name="RabbitMq">The broker (connection-string resource named <c>rabbitmq</c>).</param>
/// <param name="Smtp">The SMTP server notification mails go to.</param>
/// <param name="ApiKey">The gateway API key (secret parameter).</param>
/// <param name="GatewayToken">The gateway-to-service credential (secret parameter).</param>
/// <param name="OwnDatabases">With one database per service, each owner's login to its own database (connection-string
/// resources named <c>postgres-&lt;service&gt;</c>); empty when the services share <paramref name="Postgres"/>.</param>
public sealed record SuiteInfrastructure(
    IResourceBuilder<ConnectionStringResource> Postgres,
    IResourceBuilder<ConnectionStringResource> RabbitMq,
    IResourceBuilder<ConnectionStringResource> Smtp,
    IResourceBuilder<ParameterResource> ApiKey,
    IResourceBuilder<ParameterResource> GatewayToken,
    IReadOnlyDictionary<string, IResourceBuilder<ConnectionStringResource>> OwnDatabases)
{
    /// <summary>The database <paramref name="service"/> keeps its data in: its own one, else the shared <see cref="Postgres"/>.</summary>
    public IResourceBuilder<ConnectionStringResource> DatabaseOf(string service) => OwnDatabases.GetValueOrDefault(service) ?? Postgres;
}
