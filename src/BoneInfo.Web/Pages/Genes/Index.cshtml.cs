using BoneInfo.Web.Genes;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Genes;

public sealed class IndexModel(GeneIndex genes) : PageModel
{
    public IReadOnlyList<Gene> Genes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Genes = await genes.AllAsync(cancellationToken);

    public static string LetterOf(Gene gene) => char.IsAsciiLetter(gene.Symbol[0]) ? gene.Symbol[..1] : "#";
}
