namespace Kapman.Gateway.Tests;

/// <summary>Locates files of the repository from the test binaries (the folder holding Kapman.sln).</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the nearest ancestor of the test binaries that holds Kapman.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The production gateway config under test.</summary>
    public static string HaproxyConfig => Path.Combine(Root, "gateway", "haproxy.cfg");

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
