namespace Kapman.Cli.Suite;

/// <summary>Supervision state of a <see cref="ServiceProcess"/> (health is probed separately).</summary>
public enum ServiceState
{
    /// <summary>Never started.</summary>
    NotStarted,

    /// <summary>The process is running.</summary>
    Running,

    /// <summary>The process crashed; a restart is scheduled after the backoff delay.</summary>
    Restarting,

    /// <summary>Stopped on purpose; it is not restarted.</summary>
    Stopped,
}
