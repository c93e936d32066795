namespace BoneInfo.Tests.Content;

/// <summary>The differential groups hang together: each disorder points readers to at least two of its look-alikes.</summary>
[Trait("Category", "Unit")]
public sealed class DifferentialGroupTests
{
    public static readonly string[] Sclerosing =
    [
        "osteopetrosis", "pycnodysostosis", "camurati-engelmann-disease", "sclerosteosis-and-van-buchem-disease",
        "craniometaphyseal-dysplasia", "ghosal-hematodiaphyseal-dysplasia", "high-bone-mass-lrp5",
    ];

    public static readonly string[] FragileOrSoft =
    [
        "osteogenesis-imperfecta", "cleidocranial-dysplasia", "fibrous-dysplasia-and-mccune-albright-syndrome",
        "tumor-induced-osteomalacia", "pseudohypoparathyroidism", "multiple-endocrine-neoplasia-type-1",
    ];

    public static TheoryData<string, string> Members()
    {
        var data = new TheoryData<string, string>();
        foreach (var slug in Sclerosing.Skip(1))
        {
            data.Add(slug, nameof(Sclerosing));
        }
        foreach (var slug in FragileOrSoft)
        {
            data.Add(slug, nameof(FragileOrSoft));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void EachDisorderLinksToAtLeastTwoOthersInItsGroup(string slug, string group)
    {
        var members = group == nameof(Sclerosing) ? Sclerosing : FragileOrSoft;
        Assert.True(ContentLibrary.Articles.TryGetValue(slug, out var article), $"missing article '{slug}'");

        var linked = members.Where(other => other != slug &&
            (article!.Metadata.Related.Contains(other) || article.Body.Contains($"/conditions/{other}", StringComparison.Ordinal)));

        Assert.True(linked.Count() >= 2, $"{slug} links to {linked.Count()} of its group ({string.Join(", ", linked)})");
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void EachDisorderHasASectionOnConditionsThatCanLookSimilar(string slug, string group)
    {
        Assert.NotNull(group);
        Assert.Contains("## Conditions that can look similar", ContentLibrary.Articles[slug].Body, StringComparison.Ordinal);
    }
}
