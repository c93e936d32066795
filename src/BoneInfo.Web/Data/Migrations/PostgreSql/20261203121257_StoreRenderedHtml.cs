using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoneInfo.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StoreRenderedHtml : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RenderedContents",
                table: "Articles",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RenderedHtml",
                table: "Articles",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RendererVersion",
                table: "Articles",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RenderedContents",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "RenderedHtml",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "RendererVersion",
                table: "Articles");
        }
    }
}
