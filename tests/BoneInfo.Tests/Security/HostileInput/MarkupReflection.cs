using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BoneInfo.Tests.Security.HostileInput;

/// <summary>
/// Finds hostile markup that a response carries as markup rather than as text. Every such string in the corpus
/// carries the marker <c>bix9</c> where it would do harm (a made-up element <c>&lt;bi-x9&gt;</c>, an event
/// handler or script calling <c>bix9()</c>, a <c>javascript:bix9()</c> address), so the page's own markup never
/// matches: only what came from the input can. HTML is parsed as a browser would parse it.
/// </summary>
public static class MarkupReflection
{
    private const string Marker = HostileString.Marker;
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "to", "values", "from"];
    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "data:"];
    private static readonly string[] DataScriptTypes = ["application/ld+json", "application/json"];

    /// <summary>What is wrong with a response, or nothing. <paramref name="headers"/> are name/value pairs.</summary>
    public static IReadOnlyList<string> Problems(string? contentType, string body, IEnumerable<KeyValuePair<string, string>> headers)
    {
        var problems = new List<string>();
        foreach (var (name, value) in headers)
        {
            // A cookie's name, not its value: protected values (TempData, antiforgery) are random text that may hold anything.
            if (Has(name) || (name.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase) && Has(value.Split('=')[0])))
            {
                problems.Add($"header from the input: {name}: {Shorten(value)}");
            }
            if (name.Equals("Location", StringComparison.OrdinalIgnoreCase) && LeavesTheSite(value))
            {
                problems.Add($"redirect off the site: {Shorten(value)}");
            }
        }
        if (!Has(body))
        {
            return problems;
        }
        if (body.Contains("<bi-x9", StringComparison.OrdinalIgnoreCase) || body.Contains("</bi-x9", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"raw <bi-x9 in the body: {Around(body, "bi-x9")}");
        }
        if (contentType is null || contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            problems.AddRange(InDocument(body));
        }
        return problems;
    }

    private static IEnumerable<string> InDocument(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            var tag = element.LocalName;
            if (Has(tag) || tag.Contains("bi-x9", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"element <{tag}> from the input: {Shorten(element.OuterHtml)}";
            }
            if (tag is "script" or "style" && Has(element.TextContent)
                && !(tag == "script" && DataScriptTypes.Contains(element.GetAttribute("type") ?? "", StringComparer.OrdinalIgnoreCase)))
            {
                yield return $"<{tag}> with text from the input: {Shorten(element.OuterHtml)}";
            }
            foreach (var attribute in element.Attributes)
            {
                if (AttributeProblem(element, attribute) is { } problem)
                {
                    yield return $"<{tag} {attribute.Name}=\"{Shorten(attribute.Value)}\">: {problem}";
                }
            }
        }
    }

    private static string? AttributeProblem(IElement element, IAttr attribute)
    {
        var name = attribute.Name.ToLowerInvariant();
        if (Has(name) || name.Contains("bi-x9", StringComparison.Ordinal))
        {
            return "attribute from the input";
        }
        if (!Has(attribute.Value))
        {
            return null;
        }
        if (name.StartsWith("on", StringComparison.Ordinal))
        {
            return "event handler from the input";
        }
        if (name is "style" or "srcdoc")
        {
            return $"{name} from the input";
        }
        if (name == "content" && element.LocalName == "meta" && element.HasAttribute("http-equiv"))
        {
            return "meta refresh from the input";
        }
        var compact = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return UrlAttributes.Contains(name) && ScriptSchemes.Any(s => compact.StartsWith(s, StringComparison.Ordinal)) ? "script address from the input" : null;
    }

    /// <summary>A Location that sends the browser to another host (an open redirect) or to a script.</summary>
    private static bool LeavesTheSite(string location)
    {
        var value = location.Trim();
        if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && !value.StartsWith("/\\", StringComparison.Ordinal))
        {
            return false;
        }
        return !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Host is "localhost" or "boneinfo.test" && uri.Scheme is "http" or "https");
    }

    private static bool Has(string text) => text.Contains(Marker, StringComparison.OrdinalIgnoreCase);

    private static string Around(string body, string what)
    {
        var at = body.IndexOf(what, StringComparison.OrdinalIgnoreCase);
        return Shorten(body[Math.Max(0, at - 60)..Math.Min(body.Length, at + 60)]);
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
