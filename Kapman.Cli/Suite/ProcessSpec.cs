namespace Kapman.Cli.Suite;

/// <summary>How to launch and probe one supervised child process.</summary>
/// <param name="Name">Display name (log lines, errors).</param>
/// <param name="FileName">Executable, e.g. <c>dotnet</c>.</param>
/// <param name="Arguments">Arguments, passed without shell parsing.</param>
/// <param name="WorkingDirectory">Working directory of the child.</param>
/// <param name="Environment">Variables set on top of the inherited environment.</param>
/// <param name="HealthUrl">URL that answers 200 when the child is ready.</param>
/// <param name="LogPath">File that stdout and stderr are appended to.</param>
/// <param name="PidPath">File holding <c>"&lt;child pid&gt; &lt;supervisor pid&gt;"</c> while the child runs, so a later run can clear an orphan (<see cref="OrphanReaper"/>); none when null.</param>
public sealed record ProcessSpec(
    string Name,
    string FileName,
    IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    Uri HealthUrl,
    string LogPath,
    string? PidPath = null);
