using System.Net;
using System.Text;

namespace BoneInfo.Web.Search;

/// <summary>Turns an FTS5 snippet with \u0002/\u0003 markers into HTML: the text escaped, the matches in &lt;mark&gt;.</summary>
public static class SnippetHtml
{
    public static string FromMarkers(string snippet)
    {
        var html = new StringBuilder(snippet.Length + 32);
        var inMark = false;
        foreach (var part in snippet.Split(['\u0002', '\u0003']).Select((text, i) => (text, i)))
        {
            if (part.i > 0)
            {
                inMark = !inMark;
                html.Append(inMark ? "<mark>" : "</mark>");
            }
            html.Append(WebUtility.HtmlEncode(part.text));
        }
        if (inMark)
        {
            html.Append("</mark>");
        }
        return html.ToString();
    }
}
