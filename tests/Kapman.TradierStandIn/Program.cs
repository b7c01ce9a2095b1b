using System.Globalization;
using Kapman.TradierStandIn;

// dotnet run --project tests/Kapman.TradierStandIn -- --port 5099 [--TradierStandIn:FillRule Never] [--TradierStandIn:RateLimitPerWindow 60]
var builder = WebApplication.CreateSlimBuilder(args);
var scenario = builder.Configuration.GetSection("TradierStandIn").Get<StandInScenario>() ?? new StandInScenario();
var port = int.Parse(builder.Configuration["port"] ?? "5099", CultureInfo.InvariantCulture);
var state = new StandInState(scenario, TimeProvider.System);
StandInSeed.AddDemoMarket(state);
var app = StandInHost.Build(builder, state, port);
app.Run();
