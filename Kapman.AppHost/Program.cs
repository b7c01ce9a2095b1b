using Kapman.AppHost;

var builder = DistributedApplication.CreateBuilder(args);
builder.AddKapmanSuite();
builder.Build().Run();
