using Kapman.AppHost.Commands;

return await KapmanCli.InvokeAsync(args);
