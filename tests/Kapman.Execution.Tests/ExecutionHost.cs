using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kapman.Execution.Tests;

/// <summary>The Execution host in memory with the given configuration values (connection strings and settings).</summary>
public sealed class ExecutionHost(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
