namespace Kapman.Gateway.Tests;

/// <summary>The gateway refuses to start without its two secrets, and says which one is missing.</summary>
[TestFixture]
public sealed class GatewayStartupTests
{
    private static readonly Dictionary<string, string> DefaultBackends = [];

    [TestCase(null)]
    [TestCase("")]
    public async Task WithoutApiKey_ExitsWithAClearMessage(string? apiKey)
    {
        var (exitCode, output) = await GatewayProcess.RunToExitAsync(GatewayEnvironment.OnFreePorts(apiKey, DefaultBackends));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(output, Does.Contain("KAPMAN_API_KEY must be set to a non-empty value"));
            Assert.That(output, Does.Not.Contain("KAPMAN_GATEWAY_TOKEN"));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    public async Task WithoutGatewayToken_ExitsWithAClearMessage(string? token)
    {
        var environment = GatewayEnvironment.OnFreePorts("test-key", DefaultBackends) with { GatewayToken = token };

        var (exitCode, output) = await GatewayProcess.RunToExitAsync(environment);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(output, Does.Contain("KAPMAN_GATEWAY_TOKEN must be set to a non-empty value"));
            Assert.That(output, Does.Not.Contain("test-key"), "the key is never printed");
        });
    }
}
