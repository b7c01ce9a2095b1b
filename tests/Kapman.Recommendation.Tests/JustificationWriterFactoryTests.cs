using Kapman.Recommendation.Justification;

namespace Kapman.Recommendation.Tests;

public sealed class JustificationWriterFactoryTests
{
    [TestCase("template", typeof(TemplateJustificationWriter))]
    [TestCase("OpenAI", typeof(OpenAiJustificationWriter))]
    [TestCase("anthropic", typeof(AnthropicJustificationWriter))]
    [TestCase("other", typeof(TemplateJustificationWriter))]
    public void Provider_picks_the_writer(string provider, Type expected) =>
        Assert.That(JustificationWriterFactory.Create(new JustificationOptions { Provider = provider }, _ => null), Is.TypeOf(expected));

    [Test]
    public void Only_the_providers_key_variable_is_read()
    {
        var asked = new List<string>();
        JustificationWriterFactory.Create(new JustificationOptions { Provider = "anthropic" }, name => { asked.Add(name); return null; });
        Assert.That(asked, Is.EqualTo(new[] { "ANTHROPIC_API_KEY" }));
    }
}
