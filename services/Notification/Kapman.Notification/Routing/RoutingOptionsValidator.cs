using Microsoft.Extensions.Options;

namespace Kapman.Notification.Routing;

/// <summary>Fails start-up with every problem of the routing table (an unknown kind, channel or severity, a missing kind), one per line.</summary>
public sealed class RoutingOptionsValidator : IValidateOptions<RoutingOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(options.Errors);
    }
}
