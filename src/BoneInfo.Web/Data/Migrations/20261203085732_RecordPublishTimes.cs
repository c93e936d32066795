using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoneInfo.Web.Data.Migrations
{
    public partial class RecordPublishTimes : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                table: "Revisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            // Publish times were not recorded before. An import publishes the revision it writes at once, so those
            // revisions were published when written. For the revision public now, take the newest "publish" in the
            // audit log for the article, else the time the revision was written. Older editor publishes stay unknown.
            migrationBuilder.Sql("UPDATE Revisions SET PublishedAt = CreatedAt WHERE AuthorId IS NULL;");
            migrationBuilder.Sql("""
                UPDATE Revisions SET PublishedAt = COALESCE(
                    (SELECT MAX(l.At) FROM AuditLog l JOIN Articles a ON a.Slug = l.Target
                     WHERE a.PublishedRevisionId = Revisions.Id AND l.Action = 'publish'),
                    CreatedAt)
                WHERE PublishedAt IS NULL AND Id IN (SELECT PublishedRevisionId FROM Articles WHERE PublishedRevisionId IS NOT NULL);
                """);
            migrationBuilder.Sql("""
                UPDATE Articles SET PublishedAt = (SELECT r.PublishedAt FROM Revisions r WHERE r.Id = Articles.PublishedRevisionId)
                WHERE PublishedRevisionId IS NOT NULL;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "Articles");
        }
    }
}
