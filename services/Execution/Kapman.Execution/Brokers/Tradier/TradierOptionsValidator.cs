using Microsoft.Extensions.Options;

namespace Kapman.Execution.Brokers.Tradier;

/// <summary>Fails the start when <see cref="TradierOptions"/> are enabled but incomplete, naming every problem.</summary>
internal sealed class TradierOptionsValidator : IValidateOptions<TradierOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TradierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
