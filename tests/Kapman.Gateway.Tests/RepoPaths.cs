namespace Kapman.Gateway.Tests;

/// <summary>Locates files of the repository from the test binaries (the folder holding Kapman.sln).</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the nearest ancestor of the test binaries that holds Kapman.sln.</summary>
    public static string Root => RepoFiles.Root;

    /// <summary>
    /// The gateway binary under test, built with the same configuration as the tests
    /// (<c>gateway/Kapman.Gateway/bin/&lt;Release|Debug&gt;/net10.0/Kapman.Gateway.dll</c>).
    /// </summary>
    public static string GatewayDll
    {
        get
        {
            var configuration = TestContext.CurrentContext.TestDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(Root, "gateway", "Kapman.Gateway", "bin", configuration, "net10.0", "Kapman.Gateway.dll");
        }
    }
}
