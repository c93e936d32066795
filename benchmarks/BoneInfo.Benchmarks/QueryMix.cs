namespace BoneInfo.Benchmarks;

public sealed record BenchmarkQuery(string Kind, string Text);

/// <summary>The fixed queries every run times, in this order, round after round.</summary>
public static class QueryMix
{
    public static readonly IReadOnlyList<BenchmarkQuery> All =
    [
        new("name", "hypophosphatasia"),
        new("name", "marble bone disease"),
        new("name", "osteitis deformans"),
        new("lay", "baby teeth falling out early"),
        new("lay", "my bones look white on x-ray"),
        new("lay", "sore bones and weak muscles, never get any sun"),
        new("lay", "calcium came back high and i keep getting kidney stones"),
        new("vignette", "infant, not gaining weight, vomiting, high calcium, low ALP"),
        new("vignette", "older man with pelvis pain, hearing loss, enlarged skull and very high alp"),
        new("vignette", "45yo foot stress fractures, lost adult teeth early, chondrocalcinosis, low alp"),
        new("lab", "low ALP and high B6"),
        new("lab", "low calcium low phosphate high alp low vitamin d"),
        new("gene", "ALPL"),
        new("gene", "CLCN7 mutation"),
        new("typo", "hypophosfatasia"),
        new("typo", "osteopetrossis with anemia"),
        new("typo", "parathyriod hormone high"),
        new("hostile", "\"; DROP TABLE Articles; -- NEAR(bone* OR) ^title:x {a b}"),
        new("hostile", "<script>alert(1)</script> Schönberg 骨 🦴 %00 ' OR 1=1"),
        new("hostile", string.Concat(Enumerable.Repeat("bone pain fracture ", 30))[..500]),
    ];
}
