using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Kapman.AppHost.Tests;

/// <summary>
/// The AppHost's application model, built (never started) from Kapman.AppHost's own Program with the settings a test
/// gives, so a test reads what each resource would get: its environment, endpoints and waits.
/// </summary>
internal static class SuiteModel
{
    public const string ApiKey = "test-api-key";

    /// <summary>Builds the model with an API key, RabbitMQ credentials and <paramref name="settings"/> as configuration.</summary>
    public static async Task<IDistributedApplicationTestingBuilder> BuildAsync(params string[] settings)
    {
        string[] args =
        [
            $"--KAPMAN_API_KEY={ApiKey}",
            "--ConnectionStrings:RabbitMQ=amqp://kapman:mq-secret@127.0.0.1:5672/",
            "--Kapman:Data:Root=/data",
            .. settings,
        ];
        return await DistributedApplicationTestingBuilder.CreateAsync<Projects.Kapman_AppHost>(args);
    }

    /// <summary>The environment <paramref name="name"/> would start with (parameters resolved to their values).</summary>
    public static async Task<Dictionary<string, string>> EnvironmentOfAsync(IDistributedApplicationTestingBuilder builder, string name)
    {
        var resource = builder.Resources.OfType<IResourceWithEnvironment>().Single(r => r.Name == name);
        // Obsolete in 13.x in favour of ExecutionConfigurationBuilder, which needs a started app; this reads the unstarted model.
#pragma warning disable CS0618
        return await resource.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Run);
#pragma warning restore CS0618
    }
}
