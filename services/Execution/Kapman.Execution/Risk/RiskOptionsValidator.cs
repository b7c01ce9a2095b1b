using Microsoft.Extensions.Options;

namespace Kapman.Execution.Risk;

/// <summary>Fails the start with every problem of <see cref="RiskOptions.Problems"/> (nested limits out of range, a trigger below its cap), each naming its key.</summary>
public sealed class RiskOptionsValidator : IValidateOptions<RiskOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RiskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
