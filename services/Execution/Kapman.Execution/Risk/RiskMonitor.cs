using Kapman.Execution.Core.KillSwitch;
using Kapman.Execution.Core.Risk;
using Kapman.Execution.Data;
using Kapman.Execution.KillSwitch;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.Risk;

/// <summary>
/// Checks the triggers (docs/domain/risk-book.md#caps-and-triggers, seed 003 §6 task 7.2.3) when the book changes: after fills (the order
/// worker calls <see cref="CheckIfChangedAsync"/> every tick, which recomputes only when the position book changed) and on new marks
/// (<see cref="RiskWorker"/> every <see cref="RiskOptions.CheckIntervalMs"/>). A breach moves the kill switch to safe mode through
/// <see cref="KillSwitchService"/> (its journal line and <c>KillSwitchChanged</c>), trigger <see cref="KillSwitchTrigger.RiskLimitBreached"/>,
/// changed by <c>risk</c>; a switch already out of normal stays as it is.
/// </summary>
public sealed class RiskMonitor(RiskBookService books, PositionStore positions, KillSwitchService killSwitch, IOptions<RiskOptions> options, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? lastFingerprint;

    /// <summary>Checks the triggers when the position book changed since the last check; returns the breaches found.</summary>
    public async Task<IReadOnlyList<RiskComparison>> CheckIfChangedAsync(CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return [];
        }

        var fingerprint = await positions.FingerprintAsync(ct);
        return fingerprint == lastFingerprint ? [] : await CheckAsync(fingerprint, ct);
    }

    /// <summary>Checks the triggers now; returns the breaches found.</summary>
    public async Task<IReadOnlyList<RiskComparison>> CheckAsync(CancellationToken ct) =>
        options.Value.Enabled ? await CheckAsync(await positions.FingerprintAsync(ct), ct) : [];

    private async Task<IReadOnlyList<RiskComparison>> CheckAsync(string fingerprint, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var (book, _) = await books.NowAsync(ct);
            var breaches = RiskGate.Breaches(book.Total, options.Value.Triggers.Limits());
            if (breaches.Count > 0)
            {
                var reason = "risk trigger: " + string.Join("; ", breaches.Select(b => b.Describe("trigger")));
                await killSwitch.ChangeAsync(new KillSwitchRequest(KillSwitchTrigger.RiskLimitBreached, clock.GetUtcNow(), reason), "risk", ct);
            }

            lastFingerprint = fingerprint;
            return breaches;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();
}
