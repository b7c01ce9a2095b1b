using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Kapman.Benchmarks;

/// <summary>
/// What the gateway hop adds to a request's latency: <c>dotnet run -c Release --project bench/Kapman.Benchmarks --
/// gateway-hop [--rate 200] [--seconds 15] [--warmup 3]</c>. One stub backend (<see cref="GatewayHopStub"/>) and the real
/// gateway process in front of it (<see cref="GatewayHopProcess"/>); GETs go out at a fixed rate to each target, the
/// two interleaved half a period apart, in the same run: <c>/alerts</c> on the stub directly and
/// <c>/api/wyckoff/alerts</c> through the gateway with the API key (as the web UI calls it, so the rate limit does not
/// apply). Open loop: a request is sent on schedule whether or not earlier ones have returned, and its latency counts
/// from the moment it was due, so a stall is not hidden (no coordinated omission). Prints p50/p90/p99/max per target
/// and the difference, in milliseconds.
/// </summary>
public static class GatewayHopBench
{
    /// <summary>Runs the benchmark with the given options and prints the table; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var rate = Option(args, "--rate", 200);
        var seconds = Option(args, "--seconds", 15);
        var warmup = Option(args, "--warmup", 3);
        await using var stub = await GatewayHopStub.StartAsync();
        using var gateway = await GatewayHopProcess.StartAsync(stub.Address);
        using var direct = Client(new Uri($"http://{stub.Address}"));
        using var proxied = Client(gateway.Url);
        proxied.DefaultRequestHeaders.Add("X-Api-Key", gateway.ApiKey);
        // The gateway's health checks mark the backend up within a probe interval; the warm-up also opens connections and JITs.
        await Task.Delay(TimeSpan.FromSeconds(2));
        await MeasureAsync(direct, proxied, rate, warmup);
        var (directRun, gatewayRun, lateMs) = await MeasureAsync(direct, proxied, rate, seconds);

        var a = LatencySummary.Of("direct", directRun.Latencies, directRun.Failed);
        var b = LatencySummary.Of("gateway", gatewayRun.Latencies, gatewayRun.Failed);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Gateway hop: {rate} req/s to each target for {seconds} s (after {warmup} s warm-up), {Environment.ProcessorCount} cores; latency in ms from the due time."));
        Console.WriteLine("| target | ok | failed | p50 | p90 | p99 | max |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        Console.WriteLine(a);
        Console.WriteLine(b);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| added by the gateway | | | {b.P50 - a.P50:0.000} | {b.P90 - a.P90:0.000} | {b.P99 - a.P99:0.000} | {b.Max - a.Max:0.000} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sender lag (sent after due time): max {lateMs:0.000} ms."));
        return a.Failed + b.Failed == 0 ? 0 : 1;
    }

    private static async Task<(Run Direct, Run Gateway, double MaxLateMs)> MeasureAsync(HttpClient direct, HttpClient proxied, int rate, int seconds)
    {
        var directRun = new Run();
        var gatewayRun = new Run();
        var period = TimeSpan.FromSeconds(1.0 / rate);
        var total = rate * seconds;
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>(2 * total);
        var maxLate = TimeSpan.Zero;
        for (var i = 0; i < 2 * total; i++)
        {
            var due = period * (i / 2) + (i % 2 == 0 ? TimeSpan.Zero : period / 2);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            while (clock.Elapsed < due)
            {
                Thread.SpinWait(20);
            }

            var late = clock.Elapsed - due;
            maxLate = late > maxLate ? late : maxLate;
            inFlight.Add(i % 2 == 0
                ? SendAsync(direct, "/alerts", clock, due, directRun)
                : SendAsync(proxied, "/api/wyckoff/alerts", clock, due, gatewayRun));
        }

        await Task.WhenAll(inFlight);
        return (directRun, gatewayRun, maxLate.TotalMilliseconds);
    }

    private static async Task SendAsync(HttpClient http, string path, Stopwatch clock, TimeSpan due, Run run)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            await response.Content.LoadIntoBufferAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                run.Latencies.Add((clock.Elapsed - due).TotalMilliseconds);
                return;
            }
        }
        catch (HttpRequestException)
        {
            // Counted below.
        }

        Interlocked.Increment(ref run.Failed);
    }

    private static HttpClient Client(Uri baseAddress) => new(new SocketsHttpHandler
    {
        UseProxy = false,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

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

    /// <summary>Latencies (ms) of the successful requests of one target, and how many failed.</summary>
    private sealed class Run
    {
        public ConcurrentBag<double> Latencies { get; } = [];

        public int Failed;
    }
}
