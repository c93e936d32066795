namespace BoneInfo.Web.Pages;

/// <summary>A link in the site's main navigation; <see cref="Lang"/> when its words are in another language than the page.</summary>
public sealed record NavLink(string Href, string Text, string? Lang = null);

/// <summary>The words of the page frame (skip link, navigation, footer) in the page's language.</summary>
public sealed record LayoutText(string SkipLink, string NavLabel, IReadOnlyList<NavLink> Nav, string Footer)
{
    public static readonly LayoutText English = new(
        "Skip to main content",
        "Main",
        [new("/conditions", "Conditions A–Z"), new("/symptoms", "Search by symptoms"), new("/genes", "Genes"), new("/glossary", "Glossary")],
        "BoneInfo explains rare bone disorders for patients, families and clinicians. It is educational information, not medical advice: talk to your own care team about your situation.");

    public static readonly LayoutText Spanish = new(
        "Saltar al contenido principal",
        "Principal",
        [new("/es/conditions", "Resúmenes en español"), new("/conditions", "All conditions (English)", "en")],
        "BoneInfo explica enfermedades raras de los huesos para pacientes, familias y profesionales. Es información educativa, no consejo médico: hable con su equipo médico sobre su situación.");

    public static LayoutText For(string? lang) => lang?.StartsWith("es", StringComparison.Ordinal) == true ? Spanish : English;
}
