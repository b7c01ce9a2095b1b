using System.Globalization;
using Kapman.TelegramStandIn;

// dotnet run --project tests/Kapman.TelegramStandIn -- --port 5098 --token 123456:stand-in-token
var builder = WebApplication.CreateSlimBuilder(args);
var port = int.Parse(builder.Configuration["port"] ?? "5098", CultureInfo.InvariantCulture);
var state = new BotState(builder.Configuration["token"] ?? "123456:stand-in-token", TimeProvider.System);
var app = TelegramStandInHost.Build(builder, state, port);
app.Run();
