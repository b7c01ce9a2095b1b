using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Web.Tests;

/// <summary>Hosts Kapman.Web in memory with <c>Kapman:GatewayUrl</c> pointed at the given address.</summary>
public sealed class KapmanWebFactory(Uri gatewayUrl) : WebApplicationFactory<Program>
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("Kapman:GatewayUrl", gatewayUrl.ToString());
}
