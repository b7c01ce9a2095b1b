namespace Kapman.Gateway.Tests;

/// <summary>Locates files of the repository from the test binaries (the folder holding Kapman.sln).</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the nearest ancestor of the test binaries that holds Kapman.sln.</summary>
    public static string Root => RepoFiles.Root;

    /// <summary>The production gateway config under test.</summary>
    public static string HaproxyConfig => Path.Combine(Root, "gateway", "haproxy.cfg");
}
