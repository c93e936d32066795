using System.Globalization;
using BoneInfo.Web.Articles;
using Microsoft.Extensions.Primitives;

namespace BoneInfo.Web.Pages.Conditions;

/// <summary>One page of the articles listed under one letter of the A–Z list (<c>/conditions/letter/b?page=2</c>).</summary>
public sealed record LetterPage(string Initial, int Number, IReadOnlyList<ArticleListItem> Articles, bool HasNext)
{
    public const int Size = 50;

    public string Address => AddressOf(Initial, Number);

    public string? Previous => Number > 1 ? AddressOf(Initial, Number - 1) : null;

    public string? Next => HasNext ? AddressOf(Initial, Number + 1) : null;

    /// <summary>The page has neighbours: a letter with more than <see cref="Size"/> articles.</summary>
    public bool IsPaged => Number > 1 || HasNext;

    public static string AddressOf(string initial, int number = 1) =>
        $"/conditions/letter/{ArticleInitials.ToAddress(initial)}" + (number > 1 ? $"?page={number}" : "");

    /// <summary>The page, or null when the letter has no articles or has fewer pages than <paramref name="number"/>.</summary>
    public static async Task<LetterPage?> LoadAsync(IArticleRepository articles, string initial, int number, CancellationToken cancellationToken)
    {
        var page = await articles.PageByInitialAsync(initial, (number - 1) * Size, Size, cancellationToken);
        return page.Articles.Count == 0 ? null : new LetterPage(initial, number, page.Articles, page.HasMore);
    }

    /// <summary>
    /// The <c>page</c> query value: absent is page 1; anything but one whole number from 1 up is null. Seven digits
    /// at most, so that the articles skipped still fit an int; no letter has that many pages.
    /// </summary>
    public static int? NumberFrom(StringValues value) =>
        value.Count == 0 ? 1
        : value.Count == 1 && value[0] is { Length: > 0 and <= 7 } text
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 ? number
        : null;
}

/// <summary>The letter bar: <paramref name="OnThisPage"/> when every letter's articles are on the page (links are anchors).</summary>
public sealed record LetterBar(IReadOnlyList<string> Letters, bool OnThisPage, string? Current = null);
