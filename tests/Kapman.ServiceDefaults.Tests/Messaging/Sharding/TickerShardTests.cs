using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging.Sharding;
using Microsoft.Extensions.Configuration;

namespace Kapman.ServiceDefaults.Tests.Messaging.Sharding;

/// <summary>
/// The ticker shard of a stage: FNV-1a 32 per its published test vectors (http://www.isthe.com/chongo/tech/comp/fnv/: "" → 0x811c9dc5,
/// "a" → 0xe40c292c, "foobar" → 0xbf9cf968), so the same in every process; every ticker in exactly one shard; the shard count
/// setting's bounds.
/// </summary>
public sealed class TickerShardTests
{
    [TestCase("", 0x811c9dc5u)]
    [TestCase("a", 0xe40c292cu)]
    [TestCase("foobar", 0xbf9cf968u)]
    public void Fnv1a32_matches_the_published_test_vectors(string text, uint expected) =>
        Assert.That(TickerShard.Fnv1a32(text), Is.EqualTo(expected));

    [Test]
    public void A_ticker_belongs_to_its_hash_modulo_the_count()
    {
        Assert.Multiple(() =>
        {
            // 0xe40c292c = 3826002220 = 7 × 546571745 + 5; 0xbf9cf968 = 3214735720 = 7 × 459247960.
            Assert.That(TickerShard.IndexOf("a", 7), Is.EqualTo(5));
            Assert.That(TickerShard.IndexOf("foobar", 7), Is.Zero);
            Assert.That(new TickerShard(5, 7).Contains("a"), Is.True);
            Assert.That(new TickerShard(4, 7).Contains("a"), Is.False);
            Assert.That(TickerShard.Whole.Contains("anything"), Is.True);
        });
    }

    [Test]
    public void Every_ticker_lies_in_exactly_one_shard()
    {
        string[] tickers = ["SPY", "QQQ", "IWM", "AAPL", "MSFT", "NVDA", "BRK.B", "X", "BF-B", "GOOGL", "TSLA", "AMD"];
        foreach (var count in new[] { 1, 2, 3, 4, 16 })
        {
            foreach (var ticker in tickers)
            {
                Assert.That(Enumerable.Range(0, count).Count(i => new TickerShard(i, count).Contains(ticker)), Is.EqualTo(1), $"{ticker} among {count}");
            }
        }
    }

    [Test]
    public void A_shard_outside_its_count_is_refused() =>
        Assert.That(() => new TickerShard(4, 4).Contains("SPY"), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [TestCase(null, 4)]
    [TestCase("1", 1)]
    [TestCase("256", 256)]
    public void The_shard_count_setting_defaults_to_4_and_takes_1_to_256(string? value, int expected) =>
        Assert.That(ShardSettings.From(Settings(value), "Kapman:Metrics:Shards").Count, Is.EqualTo(expected));

    [TestCase("0")]
    [TestCase("257")]
    [TestCase("four")]
    [TestCase("-1")]
    public void Any_other_shard_count_stops_the_service_naming_the_key(string value) =>
        Assert.That(() => ShardSettings.From(Settings(value), "Kapman:Metrics:Shards"),
            Throws.InvalidOperationException.With.Message.EqualTo($"Kapman:Metrics:Shards must be a whole number from 1 to 256; it is '{value}'."));

    private static IConfiguration Settings(string? shards) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Kapman:Metrics:Shards"] = shards }).Build();
}
