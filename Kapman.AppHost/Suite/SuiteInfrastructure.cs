namespace Kapman.AppHost.Suite;

/// <summary>The resources every service depends on, as the AppHost models them.</summary>
/// <param name="Postgres">The services' PostgreSQL login (connection-string resource named <c>postgres</c>).</param>
/// <param name="RabbitMq">The broker (connection-string resource named <c>rabbitmq</c>).</param>
/// <param name="Smtp">The SMTP server notification mails go to.</param>
/// <param name="ApiKey">The gateway API key (secret parameter).</param>
/// <param name="GatewayToken">The gateway-to-service credential (secret parameter).</param>
public sealed record SuiteInfrastructure(
    IResourceBuilder<ConnectionStringResource> Postgres,
    IResourceBuilder<ConnectionStringResource> RabbitMq,
    IResourceBuilder<ConnectionStringResource> Smtp,
    IResourceBuilder<ParameterResource> ApiKey,
    IResourceBuilder<ParameterResource> GatewayToken);
