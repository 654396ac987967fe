using Npgsql;

namespace Preround.Storage.Tests;

/// <summary>
/// A fresh, empty database for one test: a temporary SQLite file, or a new database on the PostgreSQL server named by
/// <c>PREROUND_TEST_PG</c> (started by <c>.ci/postgres.sh</c>). Dropped afterwards.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string PgVariable = "PREROUND_TEST_PG";

    private readonly Func<Task> _drop;

    private TestDatabase(StorageLocation location, Func<Task> drop)
    {
        Location = location;
        _drop = drop;
    }

    public StorageLocation Location { get; }

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? PgConnection => Environment.GetEnvironmentVariable(PgVariable) is { Length: > 0 } s ? s : null;

    /// <summary>sqlite always; postgres when a server is given, and always in CI (where a missing server must fail).</summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { "sqlite" };
            if (PgConnection is not null || InCi) data.Add("postgres");
            return data;
        }
    }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == "sqlite")
        {
            var dir = Path.Combine(Path.GetTempPath(), "preround-tests", Guid.NewGuid().ToString("N"));
            var location = new StorageLocation(StorageProvider.Sqlite, Path.Combine(dir, "nested", "plan.db"), "test");
            return new TestDatabase(location, () =>
            {
                if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
                return Task.CompletedTask;
            });
        }

        var admin = PgConnection ?? throw new InvalidOperationException(
            $"{PgVariable} is not set: CI must start PostgreSQL with .ci/postgres.sh before the storage tests run.");
        var name = "preround_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        return new TestDatabase(new StorageLocation(StorageProvider.Postgres, connection, "test"), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(admin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        });
    }

    public async ValueTask DisposeAsync() => await _drop();
}

/// <summary>A fact that needs PostgreSQL: skipped locally without a server, failing in CI (CI=true) without one.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PgConnection is null && !TestDatabase.InCi)
        {
            Skip = $"{TestDatabase.PgVariable} is not set; run under .ci/postgres.sh to include PostgreSQL (CI fails instead of skipping).";
        }
    }
}
