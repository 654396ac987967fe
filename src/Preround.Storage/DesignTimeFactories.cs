using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Preround.Storage;

// NOTE: used only by `dotnet ef migrations add` (see docs/storage.md); the connection strings are placeholders,
// migrations are generated from the model without connecting.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePlanningDbContext>
{
    public SqlitePlanningDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePlanningDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPlanningDbContext>
{
    public PostgresPlanningDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPlanningDbContext>().UseNpgsql("Host=localhost;Database=preround").Options);
}
