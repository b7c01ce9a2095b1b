namespace Kapman.Ingestion.Core.Tests;

/// <summary>Locates ../shared/data beside the repository; a missing folder fails the test with a clear message.</summary>
internal static class SharedData
{
    public static string Path(params string[] parts)
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Kapman.sln")))
        {
            dir = dir.Parent;
        }

        Assert.That(dir, Is.Not.Null, "Kapman.sln not found above the test directory");
        var path = System.IO.Path.Combine([dir!.FullName, "..", "shared", "data", .. parts]);
        Assert.That(File.Exists(path) || Directory.Exists(path), Is.True, $"Shared market data missing: {path}");
        return path;
    }
}
