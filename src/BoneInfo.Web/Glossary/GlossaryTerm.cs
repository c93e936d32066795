namespace BoneInfo.Web.Glossary;

public sealed record GlossaryTerm(string Id, string Term, string DefinitionHtml);
