using System.Globalization;
using Kapman.DiscordStandIn;

// dotnet run --project tests/Kapman.DiscordStandIn -- --port 5098
// Webhooks: /api/webhooks/1001/premium-token, /api/webhooks/1002/basic-token, /api/webhooks/1003/free-token.
var builder = WebApplication.CreateSlimBuilder(args);
var port = int.Parse(builder.Configuration["port"] ?? "5098", CultureInfo.InvariantCulture);
var state = new StandInState(TimeProvider.System);
state.AddWebhook("1001", "premium-token");
state.AddWebhook("1002", "basic-token");
state.AddWebhook("1003", "free-token");
var app = StandInHost.Build(builder, state, port);
app.Run();
