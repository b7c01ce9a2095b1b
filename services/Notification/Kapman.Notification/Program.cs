using Kapman.Notification;
using Kapman.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApplicationEndpoints();
await app.RunOrMigrateAsync();
