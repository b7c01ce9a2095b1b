using System.Diagnostics;
using System.Net.Sockets;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// A real s3rver (npm <c>s3rver@3.7.1</c>, installed at the repository root by <c>npm ci</c>) on a free loopback port,
/// serving bucket <see cref="Bucket"/> from a data directory that survives <see cref="Stop"/> and <see cref="StartAsync"/>.
/// Fails the test with the command to run when node or the package is missing.
/// </summary>
public sealed class S3rverProcess : IDisposable
{
    /// <summary>The bucket s3rver creates at startup.</summary>
    public const string Bucket = "kapman-flatfiles";

    private readonly string directory = Directory.CreateTempSubdirectory("kapman-s3rver-").FullName;
    private Process? process;

    /// <summary>The port s3rver listens on.</summary>
    public int Port { get; } = FreePort.Next();

    /// <summary>The endpoint, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string ServiceUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Starts s3rver and waits until it accepts connections.</summary>
    public async Task StartAsync()
    {
        var script = Path.Combine(RepoFiles.Root, "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(script))
        {
            Assert.Fail($"s3rver is not installed ({script}): run `npm ci` in {RepoFiles.Root}.");
        }

        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { script, "-d", directory, "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-s", "--configure-bucket", Bucket })
        {
            info.ArgumentList.Add(arg);
        }

        process = Process.Start(info) ?? throw new InvalidOperationException("node did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Fail($"s3rver did not listen on {ServiceUrl} within 10 s");
    }

    /// <summary>Kills s3rver (its data directory stays).</summary>
    public void Stop()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit();
        }

        process?.Dispose();
        process = null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Stop();
        Directory.Delete(directory, true);
    }
}
