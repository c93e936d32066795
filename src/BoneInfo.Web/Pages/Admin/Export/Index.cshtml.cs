using System.Globalization;
using BoneInfo.Web.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Admin.Export;

/// <summary>
/// GET /admin/export: a zip of every published article as a content/ file, ready for `-- import` or for
/// committing to content/. Any signed-in editor (Writer or higher, the /admin default): it holds only what
/// the public site already shows.
/// </summary>
public sealed class IndexModel(PublishedContent published, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var zip = ContentExport.Zip(await published.LoadAsync(cancellationToken), now);
        return File(zip, "application/zip", $"boneinfo-content-{now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.zip");
    }
}
