using Kapman.ServiceDefaults;
using Kapman.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddKapmanWeb();

var app = builder.Build();
app.MapDefaultEndpoints(requireGatewayCredential: false);
app.MapKapmanWeb();
app.Run();
