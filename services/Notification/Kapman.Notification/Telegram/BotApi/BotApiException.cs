namespace Kapman.Notification.Telegram.BotApi;

/// <summary>The Bot API answered <c>ok: false</c>. The message holds the method, code and description, never the request URL (it carries the token).</summary>
public sealed class BotApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BotApiException(string method, int errorCode, string? description)
        : base($"Telegram {method} failed: {errorCode} {description}")
    {
        Method = method;
        ErrorCode = errorCode;
    }

    /// <summary>Creates the exception without details.</summary>
    public BotApiException() : base("Telegram call failed")
    {
        Method = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    public BotApiException(string message) : base(message)
    {
        Method = string.Empty;
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public BotApiException(string message, Exception innerException) : base(message, innerException)
    {
        Method = string.Empty;
    }

    /// <summary>The Bot API method, e.g. <c>sendMessage</c>.</summary>
    public string Method { get; }

    /// <summary>The answer's <c>error_code</c> (an HTTP status, e.g. 401, 429).</summary>
    public int ErrorCode { get; }
}
