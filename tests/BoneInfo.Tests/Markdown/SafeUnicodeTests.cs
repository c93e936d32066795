using System.Text;
using BoneInfo.Web.Markdown;
using BoneInfo.Web.Search;

namespace BoneInfo.Tests.Markdown;

[Trait("Category", "Unit")]
public sealed class SafeUnicodeTests
{
    /// <summary>Built at run time: a lone surrogate cannot be stored in an attribute's string.</summary>
    public static TheoryData<string, string> Refused => new()
    {
        { "\uFFFE \uFFFF", "\uFFFD \uFFFF" },
        { "a" + (char)0xD800 + "b", "a\uFFFDb" },
        { $"{(char)0xDC00}{(char)0xD800}", "\uFFFD\uFFFD" },
        { "ends high " + (char)0xDBFF, "ends high \uFFFD" },
    };

    [Theory]
    [MemberData(nameof(Refused), DisableDiscoveryEnumeration = true)]
    public void WhatStringNormalizeRefusesBecomesTheReplacementCharacterOneForOne(string text, string valid)
    {
        Assert.Throws<ArgumentException>(() => text.Normalize(NormalizationForm.FormKD));

        Assert.Equal(valid, SafeUnicode.Valid(text));
        Assert.Equal(valid.Normalize(NormalizationForm.FormKD), SafeUnicode.Normalize(text, NormalizationForm.FormKD));
    }

    [Fact]
    public void ValidTextIsLeftAsItIs()
    {
        const string text = "Schönberg 🦴 ﬁbrous";

        Assert.Same(text, SafeUnicode.Valid(text));
        Assert.Equal("Schönberg 🦴 fibrous", SafeUnicode.Normalize(text, NormalizationForm.FormKC));
    }

    [Fact]
    public void SearchReadsTextWithANoncharacterOrAnEmojiBody()
    {
        Assert.Equal(["bone"], SearchText.Words("\uFFFE bone \uFFFF"));
        Assert.False(UrlPolicy.IsSafe("java\uFFFEscript:alert(1)"));
        Assert.True(UrlPolicy.IsSafe("https://example.org/\uFFFE"));
        Assert.Contains("<mark>bones</mark>", BodyPassage.Build("Brittle 🦴 bones break.", new HashSet<string> { SearchText.Stem("bones") }), StringComparison.Ordinal);
    }
}
