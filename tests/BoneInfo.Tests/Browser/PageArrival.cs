using Microsoft.Playwright;

namespace BoneInfo.Tests.Browser;

internal static class PageArrival
{
    /// <summary>
    /// Waits until the page is at <paramref name="url"/> and its document is parsed (deferred scripts have run), not
    /// for its load event: on a busy two-core CI machine Chromium's load event came more than 30 s after pages that
    /// had arrived, twice. What a test does next waits for the element it needs.
    /// </summary>
    public static Task ArriveAtAsync(this IPage page, string url) =>
        page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
}
