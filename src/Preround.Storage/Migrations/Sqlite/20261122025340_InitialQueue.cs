using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Preround.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "planned_posts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    platform = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    planned_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    checked_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    verdict = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    flagged_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    hold_until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    hold_reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planned_posts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "strategy",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    goals = table.Column<string>(type: "TEXT", nullable: false),
                    audiences = table.Column<string>(type: "TEXT", nullable: false),
                    lane = table.Column<string>(type: "TEXT", nullable: false),
                    platforms = table.Column<string>(type: "TEXT", nullable: false),
                    weekly_target = table.Column<int>(type: "INTEGER", nullable: false),
                    minutes_per_week = table.Column<int>(type: "INTEGER", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    account = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    specialty = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strategy", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "planned_post_findings",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    planned_post_id = table.Column<long>(type: "INTEGER", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    rule_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    confidence = table.Column<double>(type: "REAL", nullable: false),
                    start = table.Column<int>(type: "INTEGER", nullable: false),
                    length = table.Column<int>(type: "INTEGER", nullable: false),
                    message = table.Column<string>(type: "TEXT", nullable: false),
                    suggestion = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planned_post_findings", x => x.id);
                    table.ForeignKey(
                        name: "FK_planned_post_findings_planned_posts_planned_post_id",
                        column: x => x.planned_post_id,
                        principalTable: "planned_posts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_planned_post_findings_planned_post_id",
                table: "planned_post_findings",
                column: "planned_post_id");

            migrationBuilder.CreateIndex(
                name: "IX_planned_posts_status_planned_at",
                table: "planned_posts",
                columns: new[] { "status", "planned_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "planned_post_findings");

            migrationBuilder.DropTable(
                name: "strategy");

            migrationBuilder.DropTable(
                name: "planned_posts");
        }
    }
}
