namespace Kapman.Web.Clients;

/// <summary>One shard done of a <see cref="StageSplit"/>. Times are UTC.</summary>
/// <param name="Shard">The shard index.</param>
/// <param name="Instance">The replica that did it: host name and process id.</param>
/// <param name="Tickers">Tickers it stored.</param>
/// <param name="StartedAt">When its work began.</param>
/// <param name="FinishedAt">When it was recorded done.</param>
public sealed record StageShard(int Shard, string Instance, int Tickers, DateTimeOffset StartedAt, DateTimeOffset FinishedAt)
{
    /// <summary>How long the shard took, in milliseconds.</summary>
    public double Milliseconds => (FinishedAt - StartedAt).TotalMilliseconds;
}
