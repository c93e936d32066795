using BoneInfo.Web.Articles;
using BoneInfo.Web.Content;

namespace BoneInfo.Web.Editing;

/// <summary>A problem with one field of the edit form; <see cref="Field"/> is empty for the form as a whole.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>The form as content, or the problems that stop it being content.</summary>
public sealed record FormMapping(ArticleContent? Content, IReadOnlyList<FieldError> Errors);

/// <summary>
/// Turns the edit form into article content through <see cref="FrontMatterMapper"/>, so the editor enforces
/// exactly the rules a content file must meet, and files each error under the field it is about.
/// </summary>
internal static class ArticleFormMapper
{
    // Column sizes in the database (Data/Configurations); the content rules do not limit these.
    private static readonly (string Field, int Max)[] Lengths =
        [(nameof(ArticleForm.Title), 200), (nameof(ArticleForm.Slug), 120), (nameof(ArticleForm.Category), 120), (nameof(ArticleForm.ChangeSummary), 500)];

    public static FormMapping Map(ArticleForm form)
    {
        var body = (form.Body ?? "").ReplaceLineEndings("\n").Trim('\n');
        var frontMatter = new FrontMatter
        {
            Title = form.Title,
            Slug = form.Slug?.Trim(),
            Kind = string.IsNullOrWhiteSpace(form.Kind) ? null : form.Kind.Trim(),
            Category = form.Category,
            Summary = form.Summary,
            SummaryEs = form.SummaryEs,
            OtherNames = Lines(form.OtherNames),
            Reviewed = form.Reviewed?.Trim(),
            Inheritance = form.Inheritance,
            Onset = form.Onset,
            Prevalence = form.Prevalence,
            Specialists = Lines(form.Specialists),
            Related = Lines(form.Related),
        };
        var errors = new List<FieldError>();
        var yamlError = StructuredYaml.ReadInto(form.StructuredData, frontMatter);
        if (yamlError is not null)
        {
            errors.Add(new FieldError(nameof(ArticleForm.StructuredData), yamlError));
        }
        var result = FrontMatterMapper.Map(frontMatter, body, expectedSlug: frontMatter.Slug ?? "");
        // YAML that does not parse leaves the lists empty: the rules about them would only repeat that.
        var unparsed = yamlError?.StartsWith("not valid YAML", StringComparison.Ordinal) == true;
        errors.AddRange(result.Errors.Select(ErrorFor).Where(e => !(unparsed && IsAboutStructuredData(e))));
        foreach (var (field, label, text) in new[]
        {
            (nameof(ArticleForm.ChangeSummary), "the change summary", form.ChangeSummary),
            (nameof(ArticleForm.StructuredData), "the structured data", form.StructuredData),
        })
        {
            if (TextRules.Problem(label, text) is { } problem)
            {
                errors.Add(new FieldError(field, problem));
            }
        }
        errors.AddRange(Lengths
            .Where(l => (Value(form, l.Field)?.Trim().Length ?? 0) > l.Max)
            .Select(l => new FieldError(l.Field, $"at most {l.Max} characters")));
        return new FormMapping(errors.Count == 0 ? result.Content : null, errors);
    }

    /// <summary>Files a rule's message ("slug '…' may contain only …", "references[2]: …") under its field.</summary>
    public static FieldError ErrorFor(string message)
    {
        var word = new string(message.TakeWhile(c => char.IsAsciiLetter(c) || c == '_').ToArray());
        var field = word switch
        {
            "title" => nameof(ArticleForm.Title),
            "slug" => nameof(ArticleForm.Slug),
            "kind" => nameof(ArticleForm.Kind),
            "category" => nameof(ArticleForm.Category),
            "summary" => nameof(ArticleForm.Summary),
            "summary_es" => nameof(ArticleForm.SummaryEs),
            "reviewed" => nameof(ArticleForm.Reviewed),
            "related" => nameof(ArticleForm.Related),
            "codes" or "genes" or "phenotypes" or "labs" or "references" => nameof(ArticleForm.StructuredData),
            "body" or "reference" => nameof(ArticleForm.Body), // citations: "body cites …", "reference 2 is never cited …"
            "otherNames" => nameof(ArticleForm.OtherNames),
            "inheritance" => nameof(ArticleForm.Inheritance),
            "onset" => nameof(ArticleForm.Onset),
            "prevalence" => nameof(ArticleForm.Prevalence),
            "specialists" => nameof(ArticleForm.Specialists),
            _ => "",
        };
        return new FieldError(field, message);
    }

    private static bool IsAboutStructuredData(FieldError error) =>
        error.Field == nameof(ArticleForm.StructuredData) || (error.Field == nameof(ArticleForm.Body) && error.Message.Contains("reference", StringComparison.Ordinal));

    private static List<string>? Lines(string? text) =>
        text?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string? Value(ArticleForm form, string field) =>
        typeof(ArticleForm).GetProperty(field)!.GetValue(form) as string;
}
