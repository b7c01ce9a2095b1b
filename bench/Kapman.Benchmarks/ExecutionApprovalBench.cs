using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;
using MassTransit;

namespace Kapman.Benchmarks;

/// <summary>
/// Approval to first order at the broker, through the bus, in paper mode: <c>dotnet run -c Release --project bench/Kapman.Benchmarks --
/// execution-approvals [--poll-ms 1000] [--rate 10] [--count 200] [--burst 500] [--warmup 10]</c>. The real execution service process
/// (<see cref="ExecutionBenchProcess"/>) on a fresh database on the real PostgreSQL and a fresh virtual host on the real RabbitMQ, in paper
/// mode with automatic submission (<c>Kapman:Execution:AutoSubmit</c>: a received recommendation is approved at once) and its worker polling
/// every <c>--poll-ms</c> (the service's default is 1000). The benchmark publishes <see cref="RecommendationIssued"/> v2 as the
/// recommendation service does (one bought call, net 2.55 = the stored ask, so the paper broker fills rung 0 and the order leaves the
/// worker's active set) and reads when the paper broker stored each order's first rung (<c>paper_orders.created_at</c>).
/// <list type="number">
/// <item>Latency: <c>--count</c> approvals published open loop at <c>--rate</c> per second (a publish is never held back by earlier ones);
/// each one's latency runs from just before its publish to its first rung's storing. p50/p95/p99/max in ms (nearest rank).</item>
/// <item>Throughput: <c>--burst</c> approvals published back to back; orders per second = burst / (last first rung stored − first publish).</item>
/// <item>Baseline, same run, same database: the same number of rows like <c>paper_orders</c> inserted one per transaction through Npgsql.</item>
/// </list>
/// </summary>
public static class ExecutionApprovalBench
{
    private const string Call = "SPY250919C00650000";
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static readonly DateOnly Expiration = new(2025, 9, 19);

    /// <summary>Runs the benchmark and prints its tables; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var pollMs = Option(args, "--poll-ms", 1000);
        var rate = Option(args, "--rate", 10);
        var count = Option(args, "--count", 200);
        var burst = Option(args, "--burst", 500);
        var warmup = Option(args, "--warmup", 10);
        await using var database = await ExecutionBenchDatabase.CreateAsync(Call, "SPY", Expiration, 650, 2.45, 2.55, Session);
        await using var vhost = await BenchRabbitVirtualHost.CreateAsync("kapman_bench_execution_");
        using var service = await ExecutionBenchProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings:Postgres"] = database.ServiceConnectionString,
            ["ConnectionStrings:RabbitMQ"] = vhost.AmqpUri,
            ["KAPMAN_GATEWAY_TOKEN"] = RandomNumberGenerator.GetHexString(32),
            ["Kapman:Execution:AutoSubmit"] = "true",
            ["Kapman:Execution:PollIntervalMs"] = pollMs.ToString(CultureInfo.InvariantCulture),
        });
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => RabbitMqEndpoint.Parse(vhost.AmqpUri).Configure(rabbit));
        await bus.StartAsync();
        try
        {
            await PublishOpenLoopAsync(bus, database, warmup, rate);
            var latency = await PublishOpenLoopAsync(bus, database, count, rate);
            var (burstSeconds, burstPublishSeconds) = await PublishBurstAsync(bus, database, burst);
            var baseline = await database.InsertBaselineAsync(burst, Call);

            var summary = LatencySummary.Of("approval → first rung at the paper broker", latency, 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Execution approvals (paper, through RabbitMQ, real service process, worker poll {pollMs} ms), {Environment.ProcessorCount} cores."));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Latency: {count} approvals at {rate}/s open loop after {warmup} warm-up; ms."));
            Console.WriteLine("| path | n | p50 | p95 | p99 | max |");
            Console.WriteLine("|---|---|---|---|---|---|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {summary.Target} | {summary.Count} | {summary.P50:0.0} | {summary.P95:0.0} | {summary.P99:0.0} | {summary.Max:0.0} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Throughput: {burst} approvals published back to back (publishing took {burstPublishSeconds:0.000} s)."));
            Console.WriteLine("| path | rows | seconds | per second |");
            Console.WriteLine("|---|---|---|---|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| approvals → first rungs at the paper broker | {burst} | {burstSeconds:0.000} | {burst / burstSeconds:0.0} |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| baseline: paper_orders rows stored through Npgsql, one commit each | {burst} | {baseline.TotalSeconds:0.000} | {burst / baseline.TotalSeconds:0.0} |"));
            return 0;
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    /// <summary>Publishes <paramref name="count"/> approvals at <paramref name="rate"/> per second; returns each one's latency in ms.</summary>
    private static async Task<List<double>> PublishOpenLoopAsync(IBusControl bus, ExecutionBenchDatabase database, int count, int rate)
    {
        var published = new Dictionary<Guid, DateTime>();
        var period = TimeSpan.FromSeconds(1.0 / rate);
        var clock = Stopwatch.StartNew();
        var sends = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var wait = (period * i) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            var message = Recommendation();
            published[message.RecommendationId] = DateTime.UtcNow;
            sends.Add(bus.Publish(message));
        }

        await Task.WhenAll(sends);
        var placed = await WaitPlacedAsync(database, published.Keys);
        return [.. published.Select(p => (placed[p.Key] - p.Value).TotalMilliseconds)];
    }

    /// <summary>Publishes <paramref name="count"/> approvals at once; returns seconds from the first publish to the last first rung, and the publishing time.</summary>
    private static async Task<(double Seconds, double PublishSeconds)> PublishBurstAsync(IBusControl bus, ExecutionBenchDatabase database, int count)
    {
        var messages = Enumerable.Range(0, count).Select(_ => Recommendation()).ToList();
        var start = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(messages.Select(m => bus.Publish(m)));
        var publishing = clock.Elapsed.TotalSeconds;
        var placed = await WaitPlacedAsync(database, messages.Select(m => m.RecommendationId));
        return ((messages.Max(m => placed[m.RecommendationId]) - start).TotalSeconds, publishing);
    }

    /// <summary>Waits (5 min at most) until every recommendation's first rung is at the broker; returns when each was stored.</summary>
    private static async Task<Dictionary<Guid, DateTime>> WaitPlacedAsync(ExecutionBenchDatabase database, IEnumerable<Guid> recommendations)
    {
        var wanted = recommendations.ToList();
        for (var deadline = DateTime.UtcNow.AddMinutes(5); ; await Task.Delay(200))
        {
            var placed = await database.FirstRungsAsync();
            if (wanted.All(placed.ContainsKey))
            {
                return placed;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{wanted.Count(r => !placed.ContainsKey(r))} of {wanted.Count} approvals did not reach the broker within 5 min");
            }
        }
    }

    private static RecommendationIssued Recommendation() => new(
        Guid.NewGuid(), Session, Guid.NewGuid(), "SPY", "LONG_CALL", [new RecommendedLeg(Call, "BUY", 1, 2.55, Expiration, 650, "call")], 2.55, 1, Expiration, 24);

    private static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        return fallback;
    }
}
