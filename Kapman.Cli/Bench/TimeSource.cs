namespace Kapman.Cli.Bench;

/// <summary>Which clock measured a <see cref="PageSample"/>.</summary>
internal enum TimeSource
{
    /// <summary>Stopwatch around the whole request in the bench process (request sent to last body byte read, over loopback).</summary>
    Client,

    /// <summary>The <c>dur</c> of the response's <c>Server-Timing</c> header (<see cref="ServerTiming"/>).</summary>
    Server,
}
