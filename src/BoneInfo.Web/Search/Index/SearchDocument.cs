using System.Text.RegularExpressions;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Markdown;

namespace BoneInfo.Web.Search;

/// <summary>The text of one article as the search index sees it, column by column.</summary>
public sealed partial record SearchDocument(
    int Id, string Slug, string Title, string Names, string Summary, string Findings, string Genes, string Labs, string Body)
{
    public static SearchDocument From(Article article)
    {
        var m = article.Metadata;
        return new SearchDocument(
            article.Id,
            article.Slug,
            article.Title,
            string.Join(" ; ", m.OtherNames),
            article.Summary,
            string.Join(" ; ", m.Phenotypes.Select(p => $"{p.Label} ; {p.Plain}")),
            string.Join(" ; ", m.Genes.Select(g => g.Symbol).Concat(m.Codes.Select(c => $"{c.System} {c.Code}"))),
            string.Join(" ; ", m.Labs.Select(l => $"{l.Test} {l.Direction} {l.Note}")),
            PlainBody(article.Body));
    }

    /// <summary>The body without Markdown syntax or citation numbers, so snippets read as prose.</summary>
    public static string PlainBody(string markdown)
    {
        var withoutCitations = CitationPattern().Replace(markdown, "");
        return MarkdownRenderer.ToPlainText(withoutCitations).ReplaceLineEndings(" ").Trim();
    }

    [GeneratedRegex(@"\[[0-9]{1,4}\]\(#ref-[0-9]{1,4}\)")]
    private static partial Regex CitationPattern();
}
