namespace Kapman.Gateway.Tests;

/// <summary>A request as a stub backend received it (and echoes it back as JSON).</summary>
/// <param name="Service">The backend name whose port took the request.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path as seen by the backend, after the gateway rewrote it.</param>
/// <param name="Query">Query string including the leading '?', or empty.</param>
/// <param name="Body">Request body as text.</param>
/// <param name="Headers">Request headers, names lower-cased, values comma-joined.</param>
public sealed record RecordedRequest(
    string Service,
    string Method,
    string Path,
    string Query,
    string Body,
    IReadOnlyDictionary<string, string> Headers);
