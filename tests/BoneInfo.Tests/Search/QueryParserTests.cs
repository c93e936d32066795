using BoneInfo.Web.Search;

namespace BoneInfo.Tests.Search;

[Trait("Category", "Unit")]
public class QueryParserTests
{
    private static readonly Lexicon Lexicon = new([["alp", "alkaline phosphatase"], ["baby teeth", "primary teeth", "deciduous teeth"]]);
    private readonly QueryParser _parser = new(Lexicon);

    public static TheoryData<string> HostileQueries()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Search", "hostile-queries.txt")).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            data.Add(line);
        }
        data.Add(new string('a', 10_000));
        data.Add(string.Join(' ', Enumerable.Repeat("NEAR(bone \"pain", 2_000)));
        data.Add("bone\u0000pain\u0007\u001b[31m");
        data.Add("");
        data.Add("   \t\n  ");
        return data;
    }

    [Fact]
    public void AnHpoIdIsAFindingReadAsItsOfficialLabel()
    {
        var parser = new QueryParser(Lexicon, new BoneInfo.Web.Hpo.HpoTerms([
            new("HP:0006323", "Premature loss of primary teeth", null), new("HP:0002757", "Recurrent fractures", null)]));

        var query = parser.Parse("HP:0006323 hp:0002757 HP:9999999");

        Assert.Equal("HP:0006323 hp:0002757 HP:9999999", query.Text);
        Assert.Equal(["Premature loss of primary teeth", "Recurrent fractures"], query.Findings.Select(f => f.Text));
        Assert.Contains(query.Concepts, c => c.Typed == "primary teeth" && c.Alternatives.Count == 3); // the label goes through the lexicon like typed words
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void HostileInputBecomesAQuotedExpressionOfPlainWords(string input)
    {
        var query = _parser.Parse(input);
        var expression = query.ToFtsExpression();

        Assert.True(query.Text.Length <= QueryParser.MaxLength);
        Assert.True(query.Concepts.Count <= QueryParser.MaxConcepts);
        // Outside quoted words only OR, spaces and parentheses remain: nothing the user typed is FTS5 syntax.
        var outsideQuotes = System.Text.RegularExpressions.Regex.Replace(expression, @"""[\p{L}\p{N} ]+""", "");
        Assert.Matches("^[() OR]*$", outsideQuotes);
    }

    [Fact]
    public void AWordRepeatedManyTimesIsOneConcept()
    {
        var query = _parser.Parse(string.Join(' ', Enumerable.Repeat("bone pain fracture", 40)));

        Assert.Equal(["bone", "pain", "fracture"], query.Concepts.Select(c => c.Typed));
        Assert.Equal(3, query.ToFtsExpression().Split(" OR ").Length);
    }

    [Fact]
    public void QuestionWordsAndFillerAreDropped()
    {
        var query = _parser.Parse("What causes my ALP to be low?");

        Assert.Equal(["alp", "low"], query.Concepts.Select(c => c.Typed));
    }

    [Fact]
    public void LexiconPhrasesBecomeOneConceptWithTheirSynonyms()
    {
        var concept = Assert.Single(_parser.Parse("baby teeth").Concepts);

        Assert.Contains(["primary", "teeth"], concept.Alternatives);
        Assert.Contains(["deciduous", "teeth"], concept.Alternatives);
    }

    [Fact]
    public void FindingsAreSplitOnCommasAndAnd()
    {
        var query = _parser.Parse("infant, not gaining weight; vomiting and high calcium\nlow ALP");

        Assert.Equal(["infant", "not gaining weight", "vomiting", "high calcium", "low ALP"], query.Findings.Select(f => f.Text));
    }

    [Fact]
    public void DiacriticsAndWideFormsFoldToPlainWords()
    {
        Assert.Equal(["albers", "schonberg"], _parser.Parse("Albers-Schönberg").Concepts.Select(c => c.Typed));
        Assert.Equal(["alp", "low"], _parser.Parse("ＡＬＰ　ｌｏｗ").Concepts.Select(c => c.Typed));
    }

    [Theory]
    [InlineData("hypophosphatesia", "hypophosphatasia")]
    [InlineData("osteopetrossis", "osteopetrosis")]
    [InlineData("hyperparathyroidsim", "hyperparathyroidism")]
    [InlineData("phosphatasse", "phosphatase")]
    public void ATypoIsCorrectedToTheNearestIndexedWord(string typed, string expected)
    {
        var vocabulary = new Dictionary<string, int>
        {
            ["hypophosphatasia"] = 3, ["hypophosphataemia"] = 2, ["osteopetrosis"] = 2, ["osteoporosis"] = 4,
            ["hyperparathyroidism"] = 3, ["phosphatase"] = 6, ["phosphate"] = 7,
        };

        Assert.Equal(expected, SpellingCorrector.Nearest(typed, vocabulary));
    }

    [Theory]
    [InlineData("alp")]
    [InlineData("zzzzzzzzzzzz")]
    [InlineData("clcn7")]
    [InlineData("mother")]
    public void ShortWordsGenesNonsenseAndOtherFirstLettersAreNotCorrected(string typed) =>
        Assert.Null(SpellingCorrector.Nearest(typed, new Dictionary<string, int> { ["alpl"] = 1, ["clcn"] = 1, ["bone"] = 8, ["other"] = 6 }));

    [Fact]
    public void AListOfLabResultsIsSplitAtEachDirectionWord()
    {
        var query = _parser.Parse("low calcium low phosphate high alp");

        Assert.Equal(["low calcium", "low phosphate", "high alp"], query.Findings.Select(f => f.Text.Trim()));
    }

    [Fact]
    public void ADirectionAfterItsTestKeepsTheFindingWhole()
    {
        var query = _parser.Parse("parathyroid hormone high");

        Assert.Equal(["parathyroid hormone high"], query.Findings.Select(f => f.Text));
    }

    [Fact]
    public void OverLongInputIsCutAtAWordBoundary()
    {
        var query = _parser.Parse(string.Concat(Enumerable.Repeat("osteopetrosis ", 60)));

        Assert.EndsWith("osteopetrosis", query.Text, StringComparison.Ordinal);
        Assert.Equal(["osteopetrosis"], query.Concepts.Select(c => c.Typed));
    }

    [Fact]
    public void AShortPhraseStaysOneFinding()
    {
        var query = _parser.Parse("baby teeth falling out");

        Assert.Equal(["baby teeth falling out"], query.Findings.Select(f => f.Text));
    }
}
