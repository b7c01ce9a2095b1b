namespace Kapman.Cli.Reporting;

/// <summary>One resource line of the status table.</summary>
/// <param name="Resource">postgres, rabbitmq, smtp, gateway or a service name.</param>
/// <param name="Url">Where a user reaches it.</param>
/// <param name="State">healthy, unhealthy, up, down, off, restarting or stopped.</param>
/// <param name="Detail">Probe detail (HTTP status, pid, restarts).</param>
/// <param name="Required">Whether the suite counts as healthy only when this row is.</param>
internal sealed record StatusRow(string Resource, string Url, string State, string Detail, bool Required)
{
    /// <summary>True when the state is healthy or up.</summary>
    public bool IsGreen => State is "healthy" or "up";
}
