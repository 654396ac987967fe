using Npgsql;

namespace Preround.Storage.Tests;

public sealed class PostgresAvailabilityTests
{
    [PostgresFact]
    public async Task PostgresServerFromTheEnvironmentAnswers()
    {
        var connection = TestDatabase.PgConnection;
        Assert.False(connection is null, $"{TestDatabase.PgVariable} must be set in CI (.ci/run starts PostgreSQL via .ci/postgres.sh).");

        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT current_setting('server_version_num')::int", conn);
        Assert.True((int)(await cmd.ExecuteScalarAsync())! >= 130000, "DROP DATABASE ... WITH (FORCE) needs PostgreSQL 13 or later");
    }
}
