using System.Globalization;
using Dapper;

namespace Kapman.Testing;

/// <summary>
/// Issue 23's proof for a stage split into ticker shards, on real PostgreSQL and RabbitMQ with replicas of the built service as
/// processes: three sample sessions run with 1, 2 and 3 replicas give the same output tables (md5 of their ordered contents),
/// each session completes exactly once (one completion event, every shard recorded once); then, with 2 replicas, one is killed
/// with SIGKILL while every shard of a session is in flight (rows written, transactions held open by a lock the test keeps on
/// <c>session_shards</c>): its shards are redelivered to the other replica and the tables still equal the 1-replica run's. Every run
/// also equals the stage's whole-session step run in one transaction (the path before sharding).
/// A project derives it with its stage (<see cref="Stage"/>).
/// </summary>
public abstract class ShardedStageTests
{
    private const int ShardCount = 4;
    /// <summary>
    /// Sessions of the sample run in each trial, in order: the tariff sell-off of April 2025, whose springs and climaxes raise Wyckoff
    /// alerts, so that every output table holds rows.
    /// </summary>
    private static readonly DateOnly[] SessionsRun = [new(2025, 4, 4), new(2025, 4, 7), new(2025, 4, 8)];
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>The stage under trial.</summary>
    private protected abstract ShardedStage Stage { get; }

    /// <summary>The sessions each trial runs: the stage's own (<see cref="ShardedStage.Sessions"/>), else <see cref="SessionsRun"/>.</summary>
    private DateOnly[] Sessions => Stage.Sessions is { } own ? [.. own] : SessionsRun;

    [Test]
    public async Task Output_tables_are_identical_with_1_2_and_3_replicas_and_after_a_replica_is_killed_mid_shard()
    {
        var hashes = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var replicas in new[] { 1, 2, 3 })
        {
            await using var trial = await ShardedStageTrial.CreateAsync(Stage, ShardCount);
            await trial.StartReplicasAsync(replicas);
            var sessions = Sessions;
            var times = await trial.RunSessionsAsync(sessions, Patience);
            hashes[$"{replicas} replica(s)"] = await trial.HashesAsync();
            var shards = await trial.ShardRowsAsync();
            await AssertCompletedOnceAsync(trial, sessions.Length);
            Report(trial, $"{replicas} replica(s)", hashes[$"{replicas} replica(s)"], times, shards);
            Assert.That(shards.Select(s => s.Instance).Distinct().Count(), Is.LessThanOrEqualTo(replicas));
        }

        hashes["killed mid-shard"] = await KilledMidShardAsync();
        await using (var reference = await ShardedStageTrial.CreateAsync(Stage, ShardCount))
        {
            await reference.RunWholeSessionsAsync(Sessions);
            hashes["whole session, one transaction"] = await reference.HashesAsync();
            Report(reference, "whole session, one transaction", hashes["whole session, one transaction"], [], []);
        }

        var baseline = hashes["1 replica(s)"];
        Assert.Multiple(() =>
        {
            Assert.That(baseline.Values, Has.None.EqualTo("empty"), "every output table holds rows");
            foreach (var (run, tables) in hashes)
            {
                Assert.That(tables, Is.EqualTo(baseline), run);
            }
        });
    }

    private async Task<IReadOnlyDictionary<string, string>> KilledMidShardAsync()
    {
        await using var trial = await ShardedStageTrial.CreateAsync(Stage, ShardCount);
        await trial.StartReplicasAsync(2);
        var sessions = Sessions;
        await trial.RunSessionsAsync(sessions[..^1], Patience);

        // The trial's own connections query it, so current_database() names the trial database: nothing is interpolated.
        const string waiting = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
        await using (var holder = await trial.OpenAsync())
        {
            await using var hold = await holder.BeginTransactionAsync();
            // Every shard's last write (its row in session_shards) waits on this lock, so each is in flight: rows written, not committed.
            await holder.ExecuteAsync("LOCK TABLE session_shards IN SHARE MODE", transaction: hold);
            await trial.PublishAsync(sessions[^1]);
            await trial.WaitAsync(waiting, ShardCount, Patience);
            var victim = trial.Replicas[0];
            victim.Kill();
            // The broker requeues what the dead replica held; the survivor takes it and waits too (on the lock, or on the dead
            // transaction's inbox row until it is rolled back). A waiter beyond the first ShardCount can only be such a redelivery.
            await trial.WaitAsync(waiting, ShardCount + 1, Patience);
            await hold.CommitAsync();
        }

        await trial.WaitAsync("SELECT count(*) FROM session_splits WHERE completed_at IS NOT NULL", sessions.Length, Patience);
        await AssertCompletedOnceAsync(trial, sessions.Length);
        var shards = await trial.ShardRowsAsync();
        var survivor = $":{trial.Replicas[1].Id}";
        Assert.That(shards.Where(s => s.Session == sessions[^1]).Select(s => s.Instance), Has.All.EndsWith(survivor),
            "every shard of the session was finished by the surviving replica");
        await AssertShardsEndpointAsync(trial, sessions, survivor);
        var hashes = await trial.HashesAsync();
        Report(trial, "2 replicas, one killed mid-shard", hashes, [], shards);
        return hashes;
    }

    /// <summary>The survivor's <c>GET /shards</c> (what the Ops page reads): the newest splits first, each shard once, the last session's all by the survivor.</summary>
    private static async Task AssertShardsEndpointAsync(ShardedStageTrial trial, DateOnly[] sessions, string survivor)
    {
        using var http = new HttpClient { BaseAddress = trial.Replicas[1].BaseUrl };
        using var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri("/shards?limit=5", UriKind.Relative)));
        var splits = json.RootElement.EnumerateArray().ToList();
        var newest = splits[0];
        Assert.Multiple(() =>
        {
            Assert.That(splits.Select(s => s.GetProperty("sessionDate").GetString()),
                Is.EqualTo(sessions.Reverse().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
            Assert.That(splits.Select(s => s.GetProperty("shards").GetArrayLength()), Has.All.EqualTo(ShardCount));
            Assert.That(splits.Select(s => s.GetProperty("shardsLeft").GetInt32()), Has.All.Zero);
            Assert.That(newest.GetProperty("shards").EnumerateArray().Select(s => s.GetProperty("shard").GetInt32()), Is.EqualTo(Enumerable.Range(0, ShardCount)));
            Assert.That(newest.GetProperty("shards").EnumerateArray().Select(s => s.GetProperty("instance").GetString()), Has.All.EndsWith(survivor));
        });
    }

    private async Task AssertCompletedOnceAsync(ShardedStageTrial trial, int sessions)
    {
        var completions = await trial.CountAsync("SELECT count(*) FROM outbox WHERE message_type = @type", new { type = "Kapman.Contracts." + Stage.Completion });
        var shardRows = await trial.CountAsync("SELECT count(*) FROM session_shards");
        var distinctShards = await trial.CountAsync("SELECT count(DISTINCT (s.session_date, h.shard)) FROM session_shards h JOIN session_splits s USING (split_id)");
        var tickers = await trial.CountAsync("SELECT coalesce(sum(tickers), 0) FROM session_splits");
        Assert.Multiple(() =>
        {
            Assert.That(completions, Is.EqualTo(sessions), $"one {Stage.Completion} per session");
            Assert.That(shardRows, Is.EqualTo(sessions * ShardCount), "every shard recorded once");
            Assert.That(distinctShards, Is.EqualTo(sessions * ShardCount), "no shard lost");
            Assert.That(tickers, Is.Positive);
        });
    }

    private static void Report(ShardedStageTrial trial, string run, IReadOnlyDictionary<string, string> hashes, IReadOnlyList<TimeSpan> times,
        IReadOnlyList<(DateOnly Session, int Shard, string Instance, int Tickers, double Ms)> shards)
    {
        var ci = CultureInfo.InvariantCulture;
        TestContext.Out.WriteLine(string.Create(ci,
            $"TRIAL | {trial.Stage.Service} | {run} | {string.Join(", ", hashes.Select(h => $"{h.Key} {h.Value}"))} | sessions {string.Join(", ", times.Select(t => $"{t.TotalMilliseconds:0} ms"))}"));
        foreach (var s in shards)
        {
            TestContext.Out.WriteLine(string.Create(ci, $"  shard {s.Session:yyyy-MM-dd}#{s.Shard} {s.Tickers} tickers {s.Ms:0} ms on {s.Instance}"));
        }
    }
}
