namespace Kapman.Web.Clients;

/// <summary>One RabbitMQ queue as the Ops page shows it (management API <c>GET /api/queues/{vhost}</c>).</summary>
/// <param name="Name">Queue name, e.g. <c>wyckoff-market-session-ingested</c> or its <c>..._error</c> queue.</param>
/// <param name="Messages">Depth: ready plus unacknowledged messages.</param>
/// <param name="Consumers">Connected consumers.</param>
/// <param name="PublishRate">Messages published into the queue per second (management API's recent average), null when unknown.</param>
/// <param name="DeliverRate">Messages delivered or fetched per second, null when unknown.</param>
public sealed record QueueInfo(string Name, long Messages, int Consumers, double? PublishRate, double? DeliverRate)
{
    /// <summary>Suffix MassTransit gives the queue where an endpoint's failed messages land.</summary>
    public const string ErrorSuffix = "_error";

    /// <summary>True for an endpoint's error queue.</summary>
    public bool IsErrorQueue => Name.EndsWith(ErrorSuffix, StringComparison.Ordinal) && Name.Length > ErrorSuffix.Length;

    /// <summary>The endpoint queue an error queue's messages came from (its name without <c>_error</c>).</summary>
    public string SourceQueue => IsErrorQueue ? Name[..^ErrorSuffix.Length] : Name;
}
