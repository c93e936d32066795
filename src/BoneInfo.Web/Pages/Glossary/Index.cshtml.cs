using BoneInfo.Web.Caching;
using BoneInfo.Web.Glossary;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace BoneInfo.Web.Pages.Glossary;

[PublicPage]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class IndexModel(GlossarySource glossary) : PageModel
{
    public IReadOnlyList<GlossaryTerm> Terms => glossary.Terms;

    public void OnGet()
    {
    }
}
