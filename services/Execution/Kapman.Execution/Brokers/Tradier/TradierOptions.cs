namespace Kapman.Execution.Brokers.Tradier;

/// <summary>
/// Configuration section <c>Kapman:Execution:Tradier</c>, validated at startup when <see cref="Enabled"/>. The access token is a secret
/// and comes only from the environment variable <see cref="TradierConnection.TokenVariable"/>, never from configuration or a log line.
/// </summary>
public sealed class TradierOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Execution:Tradier";

    /// <summary>Registers the Tradier client when true; default false (nothing is registered, nothing is called).</summary>
    public bool Enabled { get; set; }

    /// <summary>API root: <c>https://sandbox.tradier.com</c> (the default, paper) or <c>https://api.tradier.com</c> (live).</summary>
    public Uri BaseUrl { get; set; } = TradierConnection.SandboxBaseUrl;

    /// <summary>The brokerage account number the orders go to, e.g. <c>VA00000000</c>; required when enabled.</summary>
    public string? AccountId { get; set; }

    /// <summary>How many times a 429 answer is retried after its wait; default 2.</summary>
    public int MaxRateLimitRetries { get; set; } = TradierConnection.DefaultMaxRateLimitRetries;

    /// <summary>Longest wait for one 429, in seconds; a longer wait asked by the broker fails at once instead. Default 10.</summary>
    public int MaxRateLimitWaitSeconds { get; set; } = (int)TradierConnection.DefaultMaxRateLimitWait.TotalSeconds;

    /// <summary>The problems of these options when enabled; empty when valid (or when disabled).</summary>
    public IReadOnlyList<string> Problems()
    {
        if (!Enabled)
        {
            return [];
        }

        var problems = new List<string>();
        if (BaseUrl is not { IsAbsoluteUri: true, Scheme: "http" or "https" })
        {
            problems.Add($"{Section}:BaseUrl must be an absolute http(s) URL such as {TradierConnection.SandboxBaseUrl}.");
        }

        if (string.IsNullOrWhiteSpace(AccountId))
        {
            problems.Add($"{Section}:AccountId is required when {Section}:Enabled is true.");
        }

        if (MaxRateLimitRetries is < 0 or > 10)
        {
            problems.Add($"{Section}:MaxRateLimitRetries must be 0 to 10.");
        }

        if (MaxRateLimitWaitSeconds is < 0 or > 120)
        {
            problems.Add($"{Section}:MaxRateLimitWaitSeconds must be 0 to 120.");
        }

        return problems;
    }
}
