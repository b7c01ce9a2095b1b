using Kapman.AppHost.Suite;

namespace Kapman.AppHost.Tests;

public class RepoRootTests
{
    private string root = null!;

    [SetUp]
    public void CreateTree()
    {
        root = Directory.CreateTempSubdirectory("kapman-root-").FullName;
    }

    [TearDown]
    public void DeleteTree() => Directory.Delete(root, recursive: true);

    [Test]
    public void Walks_up_from_a_nested_folder_to_the_folder_holding_Kapman_sln()
    {
        var repo = Directory.CreateDirectory(Path.Combine(root, "repo")).FullName;
        File.WriteAllText(Path.Combine(repo, "Kapman.sln"), string.Empty);
        var nested = Directory.CreateDirectory(Path.Combine(repo, "Kapman.Cli", "bin", "Release", "net10.0")).FullName;

        Assert.That(SuiteLayout.FindRepoRoot(nested), Is.EqualTo(repo));
    }

    [Test]
    public void Returns_the_start_folder_itself_when_it_holds_Kapman_sln()
    {
        File.WriteAllText(Path.Combine(root, "Kapman.sln"), string.Empty);

        Assert.That(SuiteLayout.FindRepoRoot(root), Is.EqualTo(root));
    }

    [Test]
    public void Throws_when_no_ancestor_holds_Kapman_sln()
    {
        var nested = Directory.CreateDirectory(Path.Combine(root, "a", "b")).FullName;

        Assert.That(() => SuiteLayout.FindRepoRoot(nested), Throws.InstanceOf<DirectoryNotFoundException>());
    }

    [Test]
    public void Finds_this_checkout_from_the_test_binaries()
    {
        var repo = SuiteLayout.FindRepoRoot(TestContext.CurrentContext.TestDirectory);

        Assert.That(File.Exists(Path.Combine(repo, "Kapman.Cli", "Kapman.Cli.csproj")), Is.True);
    }
}
