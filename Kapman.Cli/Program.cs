using Kapman.Cli.Commands;

return await KapmanCli.InvokeAsync(args);
