namespace Kapman.Gateway.Tests;

/// <summary><c>haproxy -c</c> on the production config: valid with the key set, refused without it.</summary>
[TestFixture]
public sealed class HaproxyConfigTests
{
    private static readonly Dictionary<string, string> DefaultBackends = [];

    [Test]
    public async Task Check_WithApiKey_IsValidWithoutWarnings()
    {
        var (exitCode, output) = await HaproxyProcess.CheckAsync(GatewayEnvironment.OnFreePorts("test-key", DefaultBackends));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, output);
            Assert.That(output, Does.Contain("Configuration file is valid"));
            Assert.That(output, Does.Not.Contain("[WARNING]"));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    public async Task Check_WithoutApiKey_IsRefused(string? apiKey)
    {
        var (exitCode, output) = await HaproxyProcess.CheckAsync(GatewayEnvironment.OnFreePorts(apiKey, DefaultBackends));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(output, Does.Contain("KAPMAN_API_KEY must be set"));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    public async Task Check_WithoutGatewayToken_IsRefused(string? token)
    {
        var environment = GatewayEnvironment.OnFreePorts("test-key", DefaultBackends) with { GatewayToken = token };

        var (exitCode, output) = await HaproxyProcess.CheckAsync(environment);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(output, Does.Contain("KAPMAN_GATEWAY_TOKEN must be set"));
        });
    }
}
