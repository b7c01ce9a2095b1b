using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Kapman.ServiceDefaults.Tests.Security;

/// <summary>Keeps every formatted log message of a host, so a test can read what the service said at startup.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> messages = new();

    /// <summary>Every message so far, with its level, e.g. <c>Warning: ...</c>.</summary>
    public IReadOnlyList<string> Messages => [.. messages];

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => this;

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => true;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        messages.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
