using Kapman.Gateway;
using Kapman.Gateway.Configuration;
using Kapman.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddGatewayEnvironment();
if (GatewaySecrets.Read(builder.Configuration, out var problem) is not { } secrets)
{
    await Console.Error.WriteLineAsync(problem);
    return 2;
}

builder.AddServiceDefaults();
builder.AddGateway(secrets);

var app = builder.Build();
app.MapDefaultEndpoints(requireGatewayCredential: false);
app.UseGateway();
app.MapGateway();
await app.RunAsync();
return 0;
