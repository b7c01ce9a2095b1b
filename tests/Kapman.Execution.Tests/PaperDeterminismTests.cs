using System.Net.Http.Json;
using System.Text.Json;

namespace Kapman.Execution.Tests;

/// <summary>
/// The paper broker is deterministic for a seed, across databases. With Paper:Seed 42 and 0..3 jitter ticks, SplitMix64 (Vigna's reference
/// splitmix64.c, reduced by ⌊value × 4 / 2⁶⁴⌋, computed outside this code) draws 2, 0, 1, 1 for the first four placements, so the buy of
/// the 2.45 / 2.55 call is priced min(2.55, 2.52 + jitter × 0.01) = 2.54, 2.52, 2.53, 2.53 against rungs 2.50, 2.51, 2.52, 2.53: the
/// first marketable rung is 3, filled at 2.53.
/// </summary>
[TestFixture]
public sealed class PaperDeterminismTests
{
    private const string Call = "SPY250919C00650000";

    [Test]
    public async Task The_same_seed_gives_the_same_walk_and_fill_in_two_databases()
    {
        var first = await WalkAsync();
        var second = await WalkAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo((3, 2.53m)));
            Assert.That(second, Is.EqualTo(first));
        });
    }

    private static async Task<(int Step, decimal Price)> WalkAsync()
    {
        await using var bed = await ExecutionTestBed.CreateAsync();
        await bed.StoreContractAsync(Call, "SPY", "call", new DateOnly(2025, 9, 19), 650, 2.45, 2.55, 0.45, new DateOnly(2025, 8, 26));
        var recommendation = await bed.StoreApprovalAsync("SPY", "LONG_CALL", 2.50m, 1, (Call, "BUY", 2.50m));
        await using var host = new ExecutionHost(bed.Settings(("Kapman:Execution:Paper:Seed", "42"), ("Kapman:Execution:Paper:SlippageJitterTicks", "3")));
        var client = ExecutionTestBed.Client(host);
        var answer = await client.PostAsJsonAsync(new Uri($"/approvals/{recommendation}", UriKind.Relative), new { });
        var orderId = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetGuid();
        var order = await ExecutionTestBed.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri($"/orders/{orderId}", UriKind.Relative)), o => o.GetProperty("state").GetString() == "filled", "the fill");
        var last = order.GetProperty("walkSteps").EnumerateArray().Last();
        return (last.GetProperty("step").GetInt32(), order.GetProperty("averageFillPrice").GetDecimal());
    }
}
