using Microsoft.AspNetCore.Http;

namespace Kapman.ServiceDefaults.Security;

/// <summary>
/// The credential the gateway (gateway/Kapman.Gateway) puts on every request it forwards to a service, so a service can
/// tell a call that passed the gateway's checks from one made straight at its port (another local process, a page
/// using DNS rebinding, a cross-site form). See gateway/README.md.
/// </summary>
public static class GatewayCredential
{
    /// <summary>Request header carrying the token; the gateway drops any copy a caller sends.</summary>
    public const string HeaderName = "X-Kapman-Gateway-Token";

    /// <summary>Configuration key (an environment variable) holding the token the gateway sends.</summary>
    public const string ConfigurationKey = "KAPMAN_GATEWAY_TOKEN";

    /// <summary>
    /// True for the methods that change nothing and so need no credential: GET, HEAD and OPTIONS, in any case
    /// (ASP.NET routes <c>post</c> like <c>POST</c>, so the check must not depend on the spelling).
    /// </summary>
    public static bool IsSafeMethod(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
