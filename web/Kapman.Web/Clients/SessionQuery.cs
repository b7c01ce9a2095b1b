using System.Globalization;

namespace Kapman.Web.Clients;

/// <summary>Builds the <c>session</c> query parameter (yyyy-MM-dd; omitted means the latest session with data).</summary>
public static class SessionQuery
{
    /// <summary>"?session=2025-08-26", or empty when <paramref name="session"/> is null.</summary>
    public static string For(DateOnly? session) =>
        session is { } date ? "?session=" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
}
