namespace Kapman.Testing;

/// <summary>
/// Locates the repository (the folder holding Kapman.sln above the test binaries) and the read-only shared
/// data set: <c>KAPMAN_SHARED_DATA</c> when set (test.sh sets it for a clone made away from <c>../shared</c>), else
/// <c>../shared/data</c> beside the repository. Linked into every test project by tests/Directory.Build.props.
/// A missing file FAILS the test with its path: tests never skip for lack of data.
/// </summary>
internal static class RepoFiles
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Full path of a file under the shared data set; fails the test when it is missing.</summary>
    public static string SharedData(params string[] relative)
    {
        var root = Environment.GetEnvironmentVariable("KAPMAN_SHARED_DATA") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Root, "..", "shared", "data");
        var path = Path.GetFullPath(Path.Combine([root, .. relative]));
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Fail($"Shared data missing: {path}. The tests need the read-only ../shared/data beside the repository (or KAPMAN_SHARED_DATA).");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kapman.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kapman.sln not found above " + AppContext.BaseDirectory);
    }
}
