namespace Kapman.Web.Clients;

/// <summary>The answer to a mutating call through the gateway (<see cref="GatewayHttp.SendForReplyAsync{T}"/>).</summary>
/// <typeparam name="T">The response DTO.</typeparam>
/// <param name="Status">The HTTP status the page saw; 0 when there was no answer.</param>
/// <param name="Value">The decoded body of a 2xx answer; default when it had none.</param>
/// <param name="Error">Empty on success, else what went wrong in words, with the problem detail's text when the service gave one.</param>
public sealed record GatewayReply<T>(int Status, T? Value, string Error)
{
    /// <summary>True for a 2xx answer.</summary>
    public bool Succeeded => Error.Length == 0;
}
