namespace Kapman.Testing;

/// <summary>A response read off the wire by <see cref="RawHttp"/>.</summary>
/// <param name="Status">Status code from the status line.</param>
/// <param name="Headers">Response headers, names lower-cased, repeated values comma-joined.</param>
/// <param name="Body">Body as text (de-chunked).</param>
internal sealed record RawHttpResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body);
