using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Preround.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContactsAndQueueNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "note",
                table: "planned_posts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "status_changed_at",
                table: "planned_posts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    handle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    platform = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    where_met = table.Column<string>(type: "text", nullable: true),
                    last_interaction = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    next_follow_up = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    shared_useful_content = table.Column<bool>(type: "boolean", nullable: false),
                    engaged = table.Column<bool>(type: "boolean", nullable: false),
                    moved_to_email_or_meeting = table.Column<bool>(type: "boolean", nullable: false),
                    kept_in_touch = table.Column<bool>(type: "boolean", nullable: false),
                    thanked = table.Column<bool>(type: "boolean", nullable: false),
                    notes = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contacts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "contact_interactions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    contact_id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contact_interactions", x => x.id);
                    table.ForeignKey(
                        name: "FK_contact_interactions_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_contact_interactions_contact_id_at",
                table: "contact_interactions",
                columns: new[] { "contact_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_next_follow_up",
                table: "contacts",
                column: "next_follow_up");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contact_interactions");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropColumn(
                name: "note",
                table: "planned_posts");

            migrationBuilder.DropColumn(
                name: "status_changed_at",
                table: "planned_posts");
        }
    }
}
