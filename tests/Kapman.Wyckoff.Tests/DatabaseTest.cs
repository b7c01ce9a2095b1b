using Kapman.Wyckoff.Data;
using Npgsql;

namespace Kapman.Wyckoff.Tests;

/// <summary>A database of the test's own with the Wyckoff migrations, created before each test and dropped after it.</summary>
public abstract class DatabaseTest
{
    private ServiceTestDatabase database = null!;

    /// <summary>The test database, search path <c>wyckoff</c>.</summary>
    protected NpgsqlDataSource DataSource => database.DataSource;

    /// <summary>The test database's name.</summary>
    protected string DatabaseName => database.Name;

    [SetUp]
    public async Task CreateDatabase() => database = await ServiceTestDatabase.CreateAsync("wyckoff", typeof(SnapshotStore).Assembly);

    [TearDown]
    public async Task DropDatabase() => await database.DisposeAsync();
}
