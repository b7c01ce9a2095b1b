using System.Diagnostics;

namespace Kapman.Deploy.Tests.Kubernetes;

/// <summary>Runs a command-line tool from the repository root, optionally feeding it standard input.</summary>
internal static class ToolRunner
{
    /// <summary>Runs <paramref name="file"/> with <paramref name="arguments"/>; returns its exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string file, IEnumerable<string> arguments, string? input = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            WorkingDirectory = workingDirectory ?? RepoFiles.Root,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The first of <paramref name="candidates"/> that exists, else the test FAILS with <paramref name="missing"/>.</summary>
    public static string Require(string missing, params string[] candidates)
    {
        var found = candidates.FirstOrDefault(File.Exists);
        if (found is null)
        {
            Assert.Fail(missing);
        }

        return found!;
    }
}
