using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Web.Tests;

/// <summary>
/// The commentary page against a gateway stand-in answering <c>GET /api/notification/commentary/reports</c> with two reports: a model
/// text awaiting approval and a template that replaced a rejected model text, distributed. Each row shows its text, source (labelled),
/// model and state.
/// </summary>
public sealed class CommentaryPageTests
{
    private const string Reports = """
        [
          {"id":"0193a000-0000-7000-8000-000000000002","kind":"ON_DEMAND","sessionDate":"2025-08-26","factsSession":"2025-08-26","state":"PENDING_APPROVAL",
           "source":"MODEL","provider":"openai","model":"gpt-4o-mini-2024-07-18","text":"SPY closed at 642.15.","rejection":null,"createdAt":"2025-08-26T21:00:00Z"},
          {"id":"0193a000-0000-7000-8000-000000000001","kind":"POST_MARKET","sessionDate":"2025-08-26","factsSession":"2025-08-26","state":"DISTRIBUTED",
           "source":"TEMPLATE","provider":"openai","model":"gpt-4o-mini-2024-07-18","text":"Post-market report, facts of session 2025-08-26.",
           "rejection":"names strike 655 that is not in the facts","createdAt":"2025-08-26T20:30:00Z"}
        ]
        """;

    [Test]
    public async Task The_reports_are_listed_with_text_source_model_and_state()
    {
        var asked = new List<string>();
        await using var gateway = new LoopbackHttpServer(async context =>
        {
            asked.Add(context.Request.Url!.PathAndQuery);
            var found = context.Request.Url.AbsolutePath == "/api/notification/commentary/reports";
            context.Response.StatusCode = found ? 200 : 404;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(found ? Reports : "{}"));
            context.Response.Close();
        });
        await using var factory = new KapmanWebFactory(gateway.BaseUrl);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await TodayPage.LoadAsync(client, "/commentary");

        Assert.Multiple(() =>
        {
            Assert.That(asked, Does.Contain("/api/notification/commentary/reports?limit=50"));
            Assert.That(page.Texts("//section[@id='reports']//tbody/tr/td[@class='kind']"), Is.EqualTo(new[] { "ON DEMAND", "POST MARKET" }));
            Assert.That(page.Texts("//section[@id='reports']//tbody/tr/td[@class='source']"), Is.EqualTo(new[] { "Model", "Template (model fallback)" }));
            Assert.That(page.Texts("//section[@id='reports']//tbody/tr/td[@class='state']"), Is.EqualTo(new[] { "PENDING APPROVAL", "DISTRIBUTED" }));
            Assert.That(page.Texts("//section[@id='reports']//tbody/tr/td[@class='model']"), Is.EqualTo(new[] { "gpt-4o-mini-2024-07-18", "gpt-4o-mini-2024-07-18" }));
            Assert.That(page.Text("//section[@id='reports']//div[@class='rejection']"), Is.EqualTo("Model text rejected: names strike 655 that is not in the facts"));
            Assert.That(page.Texts("//section[@id='reports']//tbody/tr/td[@class='text']")[0], Is.EqualTo("SPY closed at 642.15."));
        });
    }
}
