using System.Globalization;
using Kapman.LlmStandIn;

// dotnet run --project tests/Kapman.LlmStandIn -- --port 5099
// OpenAI: POST http://127.0.0.1:5099/v1/chat/completions (Endpoint http://127.0.0.1:5099/v1); Anthropic: POST /v1/messages (Endpoint http://127.0.0.1:5099).
// With nothing scripted it answers "No facts were given." from model "stand-in-model".
var builder = WebApplication.CreateSlimBuilder(args);
var port = int.Parse(builder.Configuration["port"] ?? "5099", CultureInfo.InvariantCulture);
var app = LlmStandInHost.Build(builder, new LlmState(TimeProvider.System), port);
app.Run();
