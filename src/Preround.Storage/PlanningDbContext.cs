using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Preround.Storage.Entities;

namespace Preround.Storage;

/// <summary>
/// The planner's schema. Each provider has its own subclass so that each keeps its own migrations
/// (SQLite and PostgreSQL need different migration SQL).
/// </summary>
internal abstract class PlanningDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<StrategyRow> Strategy => Set<StrategyRow>();
    public DbSet<PlannedPostRow> PlannedPosts => Set<PlannedPostRow>();
    public DbSet<FindingRow> Findings => Set<FindingRow>();
    public DbSet<ContactRow> Contacts => Set<ContactRow>();
    public DbSet<ContactInteractionRow> ContactInteractions => Set<ContactInteractionRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // NOTE: every time is stored as UTC; SQLite hands DateTime back as Unspecified, so mark it UTC on the way in.
        builder.Properties<DateTime>().HaveConversion<UtcConverter>();
        builder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<StrategyRow>(e =>
        {
            e.ToTable("strategy");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Role).HasMaxLength(32);
            e.Property(x => x.Account).HasMaxLength(32);
            e.Property(x => x.Specialty).HasMaxLength(200);
        });
        model.Entity<PlannedPostRow>(e =>
        {
            e.ToTable("planned_posts");
            e.Property(x => x.Platform).HasMaxLength(32);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Verdict).HasMaxLength(16);
            e.HasIndex(x => new { x.Status, x.PlannedAt });
            e.HasMany(x => x.Findings).WithOne().HasForeignKey(f => f.PlannedPostId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<FindingRow>(e =>
        {
            e.ToTable("planned_post_findings");
            e.Property(x => x.RuleId).HasMaxLength(128);
            e.Property(x => x.Category).HasMaxLength(64);
            e.Property(x => x.Severity).HasMaxLength(16);
        });
        model.Entity<ContactRow>(e =>
        {
            e.ToTable("contacts");
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Role).HasMaxLength(32);
            e.Property(x => x.Handle).HasMaxLength(200);
            e.Property(x => x.Platform).HasMaxLength(32);
            e.HasIndex(x => x.NextFollowUp);
        });
        model.Entity<ContactInteractionRow>(e =>
        {
            e.ToTable("contact_interactions");
            e.Property(x => x.Source).HasMaxLength(16);
            e.HasOne<ContactRow>().WithMany().HasForeignKey(x => x.ContactId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.ContactId, x.At });
        });

        foreach (var entity in model.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties()) property.SetColumnName(SnakeCase(property.Name));
        }
    }

    private static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>The SQLite flavour (the default, one file in the user's data folder).</summary>
internal sealed class SqlitePlanningDbContext(DbContextOptions<SqlitePlanningDbContext> options) : PlanningDbContext(options);

/// <summary>The PostgreSQL flavour (an institution's server).</summary>
internal sealed class PostgresPlanningDbContext(DbContextOptions<PostgresPlanningDbContext> options) : PlanningDbContext(options);
