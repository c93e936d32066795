using BoneInfo.Web.Glossary;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Glossary;

public sealed class IndexModel(GlossarySource glossary) : PageModel
{
    public IReadOnlyList<GlossaryTerm> Terms => glossary.Terms;

    public void OnGet()
    {
    }
}
