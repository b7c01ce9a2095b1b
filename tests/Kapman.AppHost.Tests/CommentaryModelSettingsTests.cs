using Aspire.Hosting.ApplicationModel;

namespace Kapman.AppHost.Tests;

/// <summary>The commentary model's settings and key reach the notification service (the key as a secret parameter), and not execution.</summary>
public class CommentaryModelSettingsTests
{
    [Test]
    public async Task Commentary_settings_and_the_model_key_go_to_notification_only()
    {
        await using var builder = await SuiteModel.BuildAsync(
            "--Kapman:Notification:Commentary:Provider=anthropic", "--Kapman:Notification:Commentary:Model=claude-haiku", "--ANTHROPIC_API_KEY=sk-ant-secret");

        var notification = await SuiteModel.EnvironmentOfAsync(builder, "notification");
        var execution = await SuiteModel.EnvironmentOfAsync(builder, "execution");
        var secrets = builder.Resources.OfType<ParameterResource>().Where(p => p.Secret).Select(p => p.Name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(notification["Kapman__Notification__Commentary__Provider"], Is.EqualTo("anthropic"));
            Assert.That(notification["Kapman__Notification__Commentary__Model"], Is.EqualTo("claude-haiku"));
            Assert.That(notification["ANTHROPIC_API_KEY"], Is.EqualTo("sk-ant-secret"));
            Assert.That(notification.ContainsKey("OPENAI_API_KEY"), Is.False, "an unset key is not passed");
            Assert.That(execution.ContainsKey("ANTHROPIC_API_KEY"), Is.False);
            Assert.That(secrets, Does.Contain("anthropic-api-key"));
        });
    }
}
