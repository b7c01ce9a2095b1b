namespace Kapman.Execution.Brokers.Tradier;

/// <summary>
/// What <see cref="TradierBroker"/> needs to call Tradier: the API root, the account, the bearer token (from the environment
/// variable <see cref="TokenVariable"/>) and the bounds of the 429 retry. <see cref="ToString"/> redacts the token.
/// </summary>
/// <param name="BaseUrl">API root, e.g. <c>https://sandbox.tradier.com</c>.</param>
/// <param name="AccountId">The brokerage account number.</param>
/// <param name="Token">The access token, sent as <c>Authorization: Bearer</c>.</param>
/// <param name="MaxRateLimitRetries">Retries of a 429 answer.</param>
/// <param name="MaxRateLimitWait">Longest wait for one 429; a longer one asked by the broker fails at once.</param>
public sealed record TradierConnection(Uri BaseUrl, string AccountId, string Token, int MaxRateLimitRetries, TimeSpan MaxRateLimitWait)
{
    /// <summary>The environment variable holding the access token.</summary>
    public const string TokenVariable = "TRADIER_ACCESS_TOKEN";

    /// <summary>Default retries of a 429.</summary>
    public const int DefaultMaxRateLimitRetries = 2;

    /// <summary>Default longest wait for one 429.</summary>
    public static readonly TimeSpan DefaultMaxRateLimitWait = TimeSpan.FromSeconds(10);

    /// <summary>Tradier's paper-trading root.</summary>
    public static Uri SandboxBaseUrl { get; } = new("https://sandbox.tradier.com");

    /// <summary>Tradier's live root.</summary>
    public static Uri LiveBaseUrl { get; } = new("https://api.tradier.com");

    /// <summary>The connection for <paramref name="options"/> and <paramref name="token"/>.</summary>
    /// <exception cref="ArgumentException">The options have problems, or the token is empty.</exception>
    public static TradierConnection From(TradierOptions options, string? token)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            throw new ArgumentException($"No Tradier access token: set the environment variable {TokenVariable}.", nameof(token));
        }

        return new TradierConnection(options.BaseUrl, options.AccountId!, token, options.MaxRateLimitRetries, TimeSpan.FromSeconds(options.MaxRateLimitWaitSeconds));
    }

    /// <summary>Redacts the token so that logging the connection can never leak it.</summary>
    public override string ToString() =>
        $"TradierConnection {{ BaseUrl = {BaseUrl}, AccountId = {AccountId}, Token = ***, MaxRateLimitRetries = {MaxRateLimitRetries}, MaxRateLimitWait = {MaxRateLimitWait} }}";
}
