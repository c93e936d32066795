using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BoneInfo.Web.Data.Migrations
{
    /// <summary>
    /// Full-text search over published articles (SQLite FTS5). ArticleSearch is ranked with weighted bm25;
    /// ArticleWords is a contentless, unstemmed twin whose vocabulary (ArticleWordsVocab) drives spelling correction.
    /// </summary>
    public partial class AddSearchIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE ArticleSearch USING fts5(" +
                "slug UNINDEXED, title, names, summary, findings, genes, labs, body, " +
                "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');");
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE ArticleWords USING fts5(words, content = '', detail = none, " +
                "tokenize = 'unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE ArticleWordsVocab USING fts5vocab(ArticleWords, 'row');");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE ArticleWordsVocab;");
            migrationBuilder.Sql("DROP TABLE ArticleWords;");
            migrationBuilder.Sql("DROP TABLE ArticleSearch;");
        }
    }
}
