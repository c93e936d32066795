using BoneInfo.Web.Data;
using BoneInfo.Web.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace BoneInfo.Tests.Infrastructure;

/// <summary>A <see cref="SearchService"/> wired by hand, as the app wires it, for tests that own their database.</summary>
public static class TestSearch
{
    public static SearchService Service(BoneInfoDbContext db, SearchIndexVersion version, Lexicon? lexicon = null) =>
        Service(db, version, new SearchCatalog(version, NullLogger<SearchCatalog>.Instance), lexicon);

    /// <summary>With a catalog kept between calls, as the app's singleton is.</summary>
    public static SearchService Service(BoneInfoDbContext db, SearchIndexVersion version, SearchCatalog catalog, Lexicon? lexicon = null) =>
        Service(db, new SearchStore(db), version, catalog, lexicon);

    /// <summary>With the index in <paramref name="index"/> (a read-model file when the database is PostgreSQL).</summary>
    public static SearchService Service(BoneInfoDbContext db, SearchStore index, SearchIndexVersion version, SearchCatalog? catalog = null, Lexicon? lexicon = null)
    {
        catalog ??= new SearchCatalog(version, NullLogger<SearchCatalog>.Instance);
        return new(db, index, new QueryParser(lexicon ?? Lexicon.Empty), new SpellingCorrector(version), catalog, new SearchExplainer(index, NullLogger<SearchExplainer>.Instance), new SuggestionCatalog(version, catalog));
    }
}
