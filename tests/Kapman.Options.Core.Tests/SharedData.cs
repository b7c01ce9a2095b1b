namespace Kapman.Options.Core.Tests;

/// <summary>Locates files of the shared data set (../shared/data beside the repository).</summary>
internal static class SharedData
{
    /// <summary>The full path of <paramref name="relativePath"/> under shared/data; fails the test when it is missing.</summary>
    public static string PathOf(string relativePath)
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kapman.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            Assert.Fail($"Kapman.sln not found above {TestContext.CurrentContext.TestDirectory}.");
        }

        var path = Path.GetFullPath(Path.Combine(directory!.FullName, "..", "shared", "data", relativePath));
        if (!File.Exists(path))
        {
            Assert.Fail($"Shared data file missing: {path} (the tests need ../shared/data beside the repository).");
        }

        return path;
    }
}
