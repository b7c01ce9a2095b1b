namespace Kapman.Web.Ops;

/// <summary>The outcome of an Ops notification control (<see cref="NotificationControlEndpoint"/>), shown above the routing table.</summary>
/// <param name="Outcome">ok, disabled, unauthorized, invalid or failed.</param>
/// <param name="Action">pause, resume, acknowledge or resend.</param>
/// <param name="Target">The channel or message id acted on.</param>
/// <param name="Error">What went wrong, for failed.</param>
public sealed record NotificationNotice(string Outcome, string Action, string Target, string Error)
{
    /// <summary>The outcome of a control that worked.</summary>
    public const string Ok = "ok";

    /// <summary>True when the control worked.</summary>
    public bool IsSuccess => Outcome == Ok;

    /// <summary>The outcome in words.</summary>
    public string Message => Outcome switch
    {
        Ok => Action switch
        {
            "pause" => $"Paused {Target}: its messages are held until it is resumed.",
            "resume" => $"Resumed {Target}: held messages are going out.",
            "acknowledge" => $"Acknowledged message {Target}.",
            _ => $"Resent message {Target}.",
        },
        "disabled" => "Controls are disabled: KAPMAN_API_KEY is not set for the web.",
        "unauthorized" => "Wrong API key: nothing was changed.",
        "invalid" => $"Not a valid {Action}: {Target}.",
        _ => $"{Action} {Target} failed: {Error}",
    };
}
