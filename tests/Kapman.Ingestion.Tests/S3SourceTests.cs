using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Dapper;
using Kapman.Ingestion.Core;

namespace Kapman.Ingestion.Tests;

/// <summary>The S3 source against a real s3rver holding the shared flat files, including s3rver stopping mid-way.</summary>
[NonParallelizable]
public class S3SourceTests
{
    private S3rverProcess s3rver = null!;
    private string flatFiles = null!;

    [OneTimeSetUp]
    public async Task UploadAsync()
    {
        flatFiles = RepoFiles.SharedData("flatfiles");
        s3rver = new S3rverProcess();
        await s3rver.StartAsync();
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "S3RVER");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "S3RVER");
        using var client = new AmazonS3Client(new BasicAWSCredentials("S3RVER", "S3RVER"), new AmazonS3Config { ServiceURL = s3rver.ServiceUrl, ForcePathStyle = true });
        var files = Directory.GetFiles(flatFiles, "*.csv.gz", SearchOption.AllDirectories);
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (path, ct) =>
            await client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = S3rverProcess.Bucket,
                Key = "flatfiles/" + Path.GetRelativePath(flatFiles, path).Replace('\\', '/'),
                FilePath = path,
                UseChunkEncoding = false,
            }, ct));
        Assert.That(files, Has.Length.EqualTo(907));
    }

    [OneTimeTearDown]
    public void StopServer() => s3rver?.Dispose();

    private Task<IngestionTestHost> StartHostAsync(string scratch) => IngestionTestHost.StartAsync(scratch, settings: new Dictionary<string, string>
    {
        ["Kapman:Ingestion:Source"] = "s3",
        ["Kapman:Ingestion:S3:ServiceUrl"] = s3rver.ServiceUrl,
        ["Kapman:Ingestion:S3:Bucket"] = S3rverProcess.Bucket,
        ["Kapman:Ingestion:S3:Prefix"] = "flatfiles/",
        ["Kapman:Ingestion:S3:MaxErrorRetry"] = "2",
        ["Kapman:Ingestion:S3:TimeoutSeconds"] = "5",
    });

    private int GoodRowsOnDisk(DateOnly from, DateOnly to)
    {
        var total = 0;
        foreach (var path in Directory.GetFiles(flatFiles, "*.csv.gz", SearchOption.AllDirectories))
        {
            var day = DateOnly.ParseExact(Path.GetFileName(path)[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (day >= from && day <= to)
            {
                using var reader = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress));
                total += SessionFileParser.Parse(reader, day).Bars.Count;
            }
        }

        return total;
    }

    [Test]
    public async Task A_month_loads_from_s3_with_the_same_rows_as_the_files()
    {
        using var scratch = new TestFlatFiles();
        await using var host = await StartHostAsync(scratch.Root);
        using var http = host.Client();

        var result = await (await http.PostAsJsonAsync("/backfill", new { from = "2025-08-01", to = "2025-08-31" })).Content.ReadFromJsonAsync<JsonElement>();

        // August 2025: 21 NYSE sessions (no holiday).
        Assert.That((result.GetProperty("sessions").GetInt32(), result.GetProperty("missing").GetInt32()), Is.EqualTo((21, 0)), result.ToString());
        Assert.That(result.GetProperty("rows").GetInt32(), Is.EqualTo(GoodRowsOnDisk(new DateOnly(2025, 8, 1), new DateOnly(2025, 8, 31))));
        await using var db = await host.OpenAsync();
        Assert.That(await db.ExecuteScalarAsync<string>("SELECT source FROM market.ingestion_runs WHERE session_date = '2025-08-26'"),
            Is.EqualTo($"s3://{S3rverProcess.Bucket}/flatfiles/us_stocks_sip/day_aggs_v1/2025/08/2025-08-26.csv.gz"));
    }

    [Test]
    public async Task S3_stopping_fails_the_run_with_the_reason_after_retries_and_a_rerun_resumes()
    {
        using var scratch = new TestFlatFiles();
        await using var host = await StartHostAsync(scratch.Root);
        using var http = host.Client();
        (await http.PostAsJsonAsync("/backfill", new { from = "2025-07-01", to = "2025-07-03" })).EnsureSuccessStatusCode();

        s3rver.Stop();
        var failed = await (await http.PostAsJsonAsync("/backfill", new { from = "2025-07-07", to = "2025-07-09" })).Content.ReadFromJsonAsync<JsonElement>();
        await s3rver.StartAsync();
        var resumed = await (await http.PostAsJsonAsync("/backfill", new { from = "2025-07-07", to = "2025-07-09" })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(failed.GetProperty("failedAt").GetString(), Is.EqualTo("2025-07-07"), failed.ToString());
        Assert.That(failed.GetProperty("error").GetString(), Does.Contain(s3rver.ServiceUrl).And.Contain("after 2 retries"));
        Assert.That((resumed.GetProperty("sessions").GetInt32(), resumed.GetProperty("rows").GetInt32()),
            Is.EqualTo((3, GoodRowsOnDisk(new DateOnly(2025, 7, 7), new DateOnly(2025, 7, 9)))), resumed.ToString());
        await using var db = await host.OpenAsync();
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT count(*) FROM market.ingestion_runs WHERE status = 'failed'"), Is.EqualTo(1));
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT count(*) FROM market.daily_bars WHERE session_date BETWEEN '2025-07-07' AND '2025-07-09'"),
            Is.EqualTo(GoodRowsOnDisk(new DateOnly(2025, 7, 7), new DateOnly(2025, 7, 9))), "no duplicates, nothing lost");
    }
}
