namespace Kapman.Cli.Bench;

/// <summary>One successful timed request.</summary>
/// <param name="Milliseconds">Elapsed time in milliseconds (see <see cref="TimeSource"/> for which clock).</param>
/// <param name="Bytes">Length of the response body in bytes, as received (after any content decoding).</param>
/// <param name="Source">Whether <paramref name="Milliseconds"/> came from the server's Server-Timing header or the client's stopwatch.</param>
internal readonly record struct PageSample(double Milliseconds, long Bytes, TimeSource Source);
