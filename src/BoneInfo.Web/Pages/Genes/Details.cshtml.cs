using System.Text.RegularExpressions;
using BoneInfo.Web.Genes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Genes;

public sealed partial class DetailsModel(GeneIndex genes) : PageModel
{
    public Gene Gene { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? symbol, CancellationToken cancellationToken)
    {
        // A segment of only whitespace binds as no value (null).
        var gene = symbol is not null && SymbolPattern().IsMatch(symbol) ? await genes.FindAsync(symbol, cancellationToken) : null;
        if (gene is null)
        {
            return NotFound();
        }
        if (gene.Symbol != symbol)
        {
            return RedirectPermanent($"/genes/{gene.Symbol}"); // /genes/alpl → /genes/ALPL
        }
        Gene = gene;
        return Page();
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,20}$")]
    private static partial Regex SymbolPattern();
}
