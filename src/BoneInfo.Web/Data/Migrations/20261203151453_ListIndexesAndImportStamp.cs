using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoneInfo.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexesAndImportStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Initial",
                table: "Articles",
                type: "TEXT",
                maxLength: 1,
                nullable: false,
                defaultValue: "#");

            migrationBuilder.AddColumn<string>(
                name: "ListedNames",
                table: "Articles",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortTitle",
                table: "Articles",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ContentImportStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentImportStamps", x => x.Id);
                });

            // Existing articles get their list keys here; every later publish or import sets them in code (Article.Apply,
            // ArticleInitials). SQL's upper() and that code agree on ASCII titles; a title starting with an accented
            // letter is placed by code at its next publish (content/ has none).
            migrationBuilder.Sql("""
                UPDATE Articles SET SortTitle = upper(Title),
                    Initial = CASE WHEN upper(substr(Title, 1, 1)) BETWEEN 'A' AND 'Z' THEN upper(substr(Title, 1, 1)) ELSE '#' END,
                    ListedNames = COALESCE((SELECT group_concat(value, char(10)) FROM
                        (SELECT value FROM json_each(Articles.MetadataJson, '$.otherNames') ORDER BY key)), '');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_Category_SortTitle_Slug",
                table: "Articles",
                columns: new[] { "Status", "Category", "SortTitle", "Slug" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Status_Initial_SortTitle_Slug",
                table: "Articles",
                columns: new[] { "Status", "Initial", "SortTitle", "Slug" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentImportStamps");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_Category_SortTitle_Slug",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Status_Initial_SortTitle_Slug",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Initial",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ListedNames",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SortTitle",
                table: "Articles");
        }
    }
}
