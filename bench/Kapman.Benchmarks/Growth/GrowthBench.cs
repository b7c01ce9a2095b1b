using System.Globalization;
using Dapper;
using Npgsql;

namespace Kapman.Benchmarks.Growth;

/// <summary>
/// <c>-- growth --root 680=../shared/data --root 3000=/tmp/universe/3000 --root 12000=/tmp/universe/12000 [--sessions 730] [--full]
/// [--partly data/sample] [--writers 2] [--tiered]</c>, with <c>DOTNET_TieredCompilation=0</c> as the ingestion service runs (refused without it
/// unless <c>--tiered</c>): how the backfill's cost grows with the universe (issue 23 item 2), in one run. For each root, a fresh
/// database on the local PostgreSQL, then the ingestion service's backfill (<see cref="TimedBackfill"/>) of its last
/// <c>--sessions</c> session files, then psql \copy of the same stored rows into a keyed table in the same database
/// (<see cref="PsqlCopyBaseline"/>), and the ratio of the two; then the daily pipeline's ingestion stage for the last session on top of
/// the others (<see cref="DailyLoad"/>). <c>--full</c> adds the first root over all its session files (907 for
/// the shared data). <c>--partly SAMPLE</c> times the partly-loaded case against the fresh one: the 300 sessions ending at the sample's
/// last session, backfilled from the first root in the demo's 60-day synchronous chunks, once into an empty database and once after
/// the sample's smaller universe was loaded over the same range (then every session already has a loaded run, so the reload is
/// forced, as <c>POST /backfill</c> does); both must end with the same rows. Goals: 730 × 12,000 under 25 s; the full backfill at most
/// 0.75 of the psql \copy time; the partly-loaded case at the fresh rate.
/// </summary>
public static class GrowthBench
{
    /// <summary>The partly-loaded case's range: the demo's default history (<c>kapman demo --history-sessions</c>).</summary>
    private const int PartlySessions = 300;

    // The service's Kapman:Ingestion:BackfillWriters (--writers, default 2 as shipped).
    private static int Writers { get; set; } = 2;

    public static async Task<int> RunAsync(string[] options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var roots = Values(options, "--root").Select(GrowthRoot.Parse).ToList();
        if (roots.Count == 0)
        {
            Console.Error.WriteLine("growth: give at least one --root LABEL=DIR (the first is the real data root).");
            return 2;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") != "0" && !options.Contains("--tiered"))
        {
            // The ingestion service turns tiered compilation off (Kapman.Ingestion.csproj); the bench process has its own runtime settings.
            Console.Error.WriteLine("growth: run with DOTNET_TieredCompilation=0, as the ingestion service runs (or --tiered to measure with tiering on).");
            return 2;
        }

        var sessions = int.Parse(Values(options, "--sessions").LastOrDefault() ?? "730", CultureInfo.InvariantCulture);
        Writers = int.Parse(Values(options, "--writers").LastOrDefault() ?? "2", CultureInfo.InvariantCulture);
        var scratch = Path.Combine(Path.GetTempPath(), "kapman-growth-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".csv");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// growth bench: {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, tiered compilation {(options.Contains("--tiered") ? "on" : "off")}"));
        Console.WriteLine("| tickers | sessions | rows stored | quarantined | backfill s | rows/s | writer waited for reads s | write transactions s | bench process CPU s | psql \\copy s | backfill / \\copy | load (start → end) | daily ingestion of the last session s | load |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var root in roots)
        {
            await RowAsync(root, sessions, scratch);
        }

        if (options.Contains("--full"))
        {
            await RowAsync(roots[0], int.MaxValue, scratch);
        }

        if (Values(options, "--partly").LastOrDefault() is { } sample)
        {
            await PartlyLoadedAsync(roots[0], new GrowthRoot("sample", Path.GetFullPath(sample)));
        }

        return 0;
    }

    private static async Task RowAsync(GrowthRoot root, int sessions, string scratch)
    {
        var (from, to, count) = root.LastSessions(sessions);
        await using var database = await IngestionBenchDatabase.CreateAsync();
        await QuietDatabase.SettleAsync(database.DataSource);
        var backfill = await TimedBackfill.RunAsync(database.DataSource, root, from, to, force: false, writers: Writers);
        var copyLoad = MachineLoad.OneMinute();
        var (copied, copyTime) = await PsqlCopyBaseline.RunAsync(database.DataSource, scratch);
        if (copied != backfill.Result.Rows)
        {
            throw new InvalidOperationException($"psql copied {copied} rows, the backfill stored {backfill.Result.Rows}.");
        }

        await PsqlCopyBaseline.DropAsync(database.DataSource);
        var dailyLoad = MachineLoad.OneMinute();
        var (daily, dailyRows) = await DailyLoad.RunAsync(database.DataSource, root, to);
        var r = backfill.Result;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {root.Label} | {count} ({from:yyyy-MM-dd}..{to:yyyy-MM-dd}) | {r.Rows:N0} | {r.Quarantined:N0} | {backfill.Elapsed.TotalSeconds:F1} | {backfill.RowsPerSecond:N0} | " +
            $"{backfill.ReadWaitMs / 1000:F1} | {backfill.WriteMs / 1000:F1} | {backfill.Cpu.TotalSeconds:F1} | {copyTime.TotalSeconds:F1} | {backfill.Elapsed / copyTime:F2} | " +
            $"{backfill.LoadBefore:F1} → {backfill.LoadAfter:F1}; \\copy {copyLoad:F1} | {daily.TotalSeconds:F2} ({dailyRows:N0} rows) | {dailyLoad:F1} → {MachineLoad.OneMinute():F1} |"));
    }

    private static async Task PartlyLoadedAsync(GrowthRoot full, GrowthRoot sample)
    {
        var to = sample.SessionDates()[^1];
        var dates = full.SessionDates().Where(d => d <= to).ToList();
        var from = dates[Math.Max(0, dates.Count - PartlySessions)];
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Partly loaded: {from:yyyy-MM-dd}..{to:yyyy-MM-dd} from {full.Label}, in {TimedBackfill.DemoChunkDays}-day calls as the demo makes them"));
        Console.WriteLine("| case | rows stored | rows new | backfill s | rows/s | bench process CPU s | load (start → end) |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        await using var fresh = await IngestionBenchDatabase.CreateAsync();
        await QuietDatabase.SettleAsync(fresh.DataSource);
        var empty = await TimedBackfill.RunAsync(fresh.DataSource, full, from, to, force: true, TimedBackfill.DemoChunkDays, Writers);
        Print("into an empty database", empty);

        await using var partly = await IngestionBenchDatabase.CreateAsync();
        var first = await TimedBackfill.RunAsync(partly.DataSource, sample, from, to, force: true, TimedBackfill.DemoChunkDays, Writers);
        await QuietDatabase.SettleAsync(partly.DataSource);
        var reload = await TimedBackfill.RunAsync(partly.DataSource, full, from, to, force: true, TimedBackfill.DemoChunkDays, Writers);
        Print($"after the sample ({first.Result.Rows:N0} rows) over the same range", reload);
        var (freshHash, partlyHash) = (await BarsHashAsync(fresh.DataSource), await BarsHashAsync(partly.DataSource));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"partly / empty time: {reload.Elapsed / empty.Elapsed:F2}; stored bars and quarantine {(freshHash == partlyHash ? "identical" : "DIFFER")} ({freshHash[..12]} / {partlyHash[..12]})"));
    }

    private static void Print(string label, TimedBackfill t) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {label} | {t.Result.Rows:N0} | {t.Result.Inserted:N0} | {t.Elapsed.TotalSeconds:F1} | {t.RowsPerSecond:N0} | {t.Cpu.TotalSeconds:F1} | {t.LoadBefore:F1} → {t.LoadAfter:F1} |"));

    // The bars' values and the quarantine's rows (not the load times), in key order.
    private static async Task<string> BarsHashAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<string>(
            """
            SELECT md5((SELECT string_agg(concat_ws(',', ticker, session_date, open, high, low, close, volume, transactions), ';' ORDER BY ticker, session_date) FROM market.daily_bars)
                    || '|' || (SELECT coalesce(string_agg(concat_ws(',', session_date, line_number, reason, detail), ';' ORDER BY session_date, line_number), '') FROM market.quarantined_rows))
            """) ?? "";
    }

    private static IEnumerable<string> Values(string[] options, string name) =>
        options.Select((o, i) => (o, i)).Where(p => p.o == name && p.i + 1 < options.Length).Select(p => options[p.i + 1]);
}
