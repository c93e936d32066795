using System.Globalization;

namespace BoneInfo.Web.Pages.Es;

/// <summary>The few words the Spanish pages put around the articles' own Spanish text.</summary>
public static class Spanish
{
    public const string Lang = "es";

    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("es-ES");

    public static string Frequency(string band) => band switch
    {
        "very frequent" => "muy frecuente",
        "frequent" => "frecuente",
        "occasional" => "ocasional",
        "rare" => "rara",
        _ => band,
    };

    /// <summary>"21 de noviembre de 2026".</summary>
    public static string Date(DateTime date) => date.ToString("d 'de' MMMM 'de' yyyy", Culture);

    /// <summary>The page and its Spanish summary point at each other (x-default: the English page).</summary>
    public static IReadOnlyList<HreflangLink> Alternates(string englishPath, string spanishPath) =>
        [new("en", englishPath), new(Lang, spanishPath), new("x-default", englishPath)];
}
