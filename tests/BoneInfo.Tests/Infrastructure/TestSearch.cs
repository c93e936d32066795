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
    public static SearchService Service(BoneInfoDbContext db, SearchIndexVersion version, SearchCatalog catalog, Lexicon? lexicon = null)
    {
        var index = new SearchStore(db);
        return new(db, index, new QueryParser(lexicon ?? Lexicon.Empty), new SpellingCorrector(version), catalog, new SearchExplainer(index, NullLogger<SearchExplainer>.Instance), new SuggestionCatalog(version, catalog));
    }
}
