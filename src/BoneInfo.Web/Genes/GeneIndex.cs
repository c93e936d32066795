using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Genes;

/// <summary>A gene and what the published articles say about it.</summary>
public sealed record Gene(string Symbol, string? Name, IReadOnlySet<InheritancePattern> Patterns, IReadOnlyList<GeneMention> Articles);

/// <summary>An article that names a gene, with what it says of the gene's inheritance and the forms it causes.</summary>
public sealed record GeneMention(string Slug, string Title, ArticleKind Kind, string? Inheritance);

/// <summary>The genes of the published articles, built from their structured data on each request.</summary>
public sealed class GeneIndex(IArticleRepository articles, GeneNames names)
{
    public async Task<IReadOnlyList<Gene>> AllAsync(CancellationToken cancellationToken = default) =>
        From(await articles.ListPublishedDataAsync(cancellationToken));

    /// <summary>The gene with this symbol, matched without regard to case; null if no published article lists it.</summary>
    public async Task<Gene?> FindAsync(string symbol, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(g => string.Equals(g.Symbol, symbol, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<Gene> From(IEnumerable<PublishedArticle> published) =>
        published
            .SelectMany(a => a.Metadata.Genes.Select(g => (g.Symbol, Mention: new GeneMention(a.Slug, a.Title, a.Kind, g.Inheritance))))
            .GroupBy(x => x.Symbol, StringComparer.Ordinal)
            .Select(g => new Gene(
                g.Key,
                names.Of(g.Key),
                new SortedSet<InheritancePattern>(g.SelectMany(x => InheritancePatterns.Of(x.Mention.Inheritance))),
                g.Select(x => x.Mention).DistinctBy(m => m.Slug).OrderBy(m => m.Title, StringComparer.OrdinalIgnoreCase).ToList()))
            .OrderBy(g => g.Symbol, StringComparer.Ordinal)
            .ToList();
}
