using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace BoneInfo.Web.Pages.Admin;

/// <summary>A stored UTC time as the admin pages show it: to the minute, machine-readable, labelled UTC.</summary>
public static class UtcTime
{
    public static IHtmlContent Show(DateTime utc) => new HtmlString(string.Create(CultureInfo.InvariantCulture,
        $"<time datetime=\"{utc:yyyy-MM-dd'T'HH:mm:ss'Z'}\">{utc:yyyy-MM-dd HH:mm} UTC</time>"));
}
