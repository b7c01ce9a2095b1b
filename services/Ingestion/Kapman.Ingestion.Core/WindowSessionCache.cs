namespace Kapman.Ingestion.Core;

/// <summary>
/// Remembers the last <c>window_start</c> converted by <see cref="SessionFileLayout.SessionOfWindowStart"/>: every row of a
/// session file carries the same one, and the time-zone conversion is the dearest step of a row's parse.
/// </summary>
internal sealed class WindowSessionCache
{
    private long lastStart;
    private DateOnly? lastSession;
    private bool any;

    /// <summary>The session of <paramref name="unixNanoseconds"/>, as <see cref="SessionFileLayout.SessionOfWindowStart"/> gives it.</summary>
    public DateOnly? SessionOf(long unixNanoseconds)
    {
        if (!any || unixNanoseconds != lastStart)
        {
            (lastStart, lastSession, any) = (unixNanoseconds, SessionFileLayout.SessionOfWindowStart(unixNanoseconds), true);
        }

        return lastSession;
    }
}
