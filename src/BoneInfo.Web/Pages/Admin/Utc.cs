using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace BoneInfo.Web.Pages.Admin;

/// <summary>Admin pages show times in UTC, said so on the page, as a &lt;time&gt; element.</summary>
public static class Utc
{
    public static IHtmlContent Format(DateTime? value, string whenMissing = "")
    {
        if (value is not { } time)
        {
            return new HtmlString(System.Net.WebUtility.HtmlEncode(whenMissing));
        }
        var utc = DateTime.SpecifyKind(time, DateTimeKind.Utc);
        return new HtmlString(
            $"<time datetime=\"{utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}\">" +
            $"{utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC</time>");
    }
}
