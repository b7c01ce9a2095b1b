namespace Kapman.TradierStandIn;

/// <summary>A request the stand-in received, for tests to inspect what the client sent.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path without the query.</param>
/// <param name="Query">The query string, with its leading '?', or empty.</param>
/// <param name="Form">The form fields of a POST, else empty.</param>
/// <param name="StatusCode">The status the stand-in answered.</param>
public sealed record RecordedCall(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Form, int StatusCode);
