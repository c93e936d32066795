using System.Text.Json;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;

namespace BoneInfo.Tests.Content;

/// <summary>The front matter's <c>summary_es</c> travels with the article: parsed, stored, written back.</summary>
[Trait("Category", "Unit")]
public sealed class SpanishSummaryTests
{
    private static string File(string extra) => $"""
        ---
        title: Osteopetrosis
        slug: osteopetrosis
        kind: condition
        category: Dense bone disorders
        summary: Bones become too dense because old bone is not cleared away.
        {extra}
        reviewed: 2026-11-21
        references:
          - id: 1
            title: Osteopetrosis
            source: Orphanet J Rare Dis
            doi: 10.1186/1750-1172-4-5
        ---
        ## Overview

        Dense bones [1](#ref-1).
        """;

    [Fact]
    public void TheSpanishSummaryIsReadIntoTheMetadata()
    {
        var result = ContentFileParser.Parse(File("summary_es: Los huesos se vuelven demasiado densos."), "osteopetrosis");

        Assert.Empty(result.Errors);
        Assert.Equal("Los huesos se vuelven demasiado densos.", result.Content!.Metadata.SummaryEs);
    }

    [Fact]
    public void WithoutOneTheArticleHasNoneAndItsFingerprintIsUnchanged()
    {
        var content = ContentFileParser.Parse(File(""), "osteopetrosis").Content!;

        Assert.Null(content.Metadata.SummaryEs);
        // Articles imported before summary_es existed keep their fingerprint, so the import still updates them.
        Assert.DoesNotContain("SummaryEs", JsonSerializer.Serialize(content.Metadata), StringComparison.Ordinal);
    }

    [Fact]
    public void ASpanishSummaryOfMoreThanEightyWordsIsRefused()
    {
        var result = ContentFileParser.Parse(File("summary_es: " + string.Join(' ', Enumerable.Repeat("hueso", 81))), "osteopetrosis");

        Assert.Contains("summary_es has 81 words; the limit is 80", result.Errors);
    }

    [Fact]
    public void TheWriterKeepsItUnderItsOwnKey()
    {
        var content = ContentFileParser.Parse(File("summary_es: Huesos densos."), "osteopetrosis").Content!;

        var text = ContentFileWriter.Write(content);

        Assert.Contains("\nsummary_es: Huesos densos.\n", text, StringComparison.Ordinal);
        Assert.Equal(ArticleFingerprint.Of(content), ArticleFingerprint.Of(ContentFileParser.Parse(text, "osteopetrosis").Content!));
    }

    [Fact]
    public void EveryLibraryArticleWithASpanishSummaryCarriesIt() =>
        Assert.All(ContentLibrary.ArticleFiles.Where(f => System.IO.File.ReadAllText(f).Contains("\nsummary_es:", StringComparison.Ordinal)), f =>
            Assert.False(string.IsNullOrWhiteSpace(ContentLibrary.Articles[Path.GetFileNameWithoutExtension(f)].Metadata.SummaryEs), f));
}
