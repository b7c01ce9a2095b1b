using System.Globalization;
using System.Text;
using Kapman.Cli.Suite;

namespace Kapman.Cli.Cli;

/// <summary>
/// The supervisor's event lines: each completed line is time-stamped, kept (last 8) for the live view and,
/// while <see cref="Echo"/> is on, written to the inner writer.
/// </summary>
/// <param name="echo">Where lines go while echoing.</param>
/// <param name="time">Clock for the time stamps.</param>
internal sealed class EventLog(TextWriter echo, TimeProvider time) : TextWriter
{
    private readonly TailBuffer recent = new(8);
    private readonly StringBuilder current = new();

    /// <summary>Whether completed lines are also written to the inner writer (off while the live table owns the console).</summary>
    public bool Echo { get; set; } = true;

    /// <summary>The last completed lines, oldest first.</summary>
    public IReadOnlyList<string> Recent => recent.Snapshot();

    public override Encoding Encoding => echo.Encoding;

    public override void Write(char value)
    {
        if (value == '\r')
        {
            return;
        }

        if (value != '\n')
        {
            current.Append(value);
            return;
        }

        var line = $"{time.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {current}";
        current.Clear();
        recent.Add(line);
        if (Echo)
        {
            echo.WriteLine(line);
        }
    }
}
