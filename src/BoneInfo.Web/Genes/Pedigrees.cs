namespace BoneInfo.Web.Genes;

public enum Sex
{
    Male,
    Female,
}

public enum GeneStatus
{
    NotAffected,
    Carrier,
    Affected,
}

public sealed record FamilyMember(Sex Sex, GeneStatus Status);

/// <summary>
/// The textbook family for one inheritance pattern: two parents and four children, who is affected or a carrier,
/// with the words that say the same for readers who cannot see the drawing.
/// </summary>
public sealed record Pedigree(
    InheritancePattern Pattern, FamilyMember Father, FamilyMember Mother, IReadOnlyList<FamilyMember> Children,
    string Description, string Caption)
{
    public string Title => InheritancePatterns.Name(Pattern) + " inheritance";

    public bool HasCarriers => Children.Append(Father).Append(Mother).Any(m => m.Status == GeneStatus.Carrier);
}

public static class Pedigrees
{
    private static FamilyMember M(GeneStatus status) => new(Sex.Male, status);

    private static FamilyMember F(GeneStatus status) => new(Sex.Female, status);

    public static Pedigree For(InheritancePattern pattern) => pattern switch
    {
        InheritancePattern.AutosomalRecessive => new(pattern, M(GeneStatus.Carrier), F(GeneStatus.Carrier),
            [M(GeneStatus.Affected), F(GeneStatus.Carrier), M(GeneStatus.Carrier), F(GeneStatus.NotAffected)],
            "Both parents carry one changed copy of the gene and are well. Of their four children, one is affected (two changed copies), two are carriers like their parents, and one has no changed copy.",
            "Autosomal recessive: when both parents are carriers, each child has a 1 in 4 (25%) chance of being affected, a 1 in 2 (50%) chance of being a carrier, and a 1 in 4 chance of neither. The chances are the same in every pregnancy."),
        InheritancePattern.AutosomalDominant => new(pattern, M(GeneStatus.Affected), F(GeneStatus.NotAffected),
            [M(GeneStatus.Affected), F(GeneStatus.Affected), M(GeneStatus.NotAffected), F(GeneStatus.NotAffected)],
            "The father has one changed copy of the gene and is affected; the mother is not. Two of their four children, a son and a daughter, are affected; the other two are not.",
            "Autosomal dominant: one changed copy is enough. Each child of an affected parent, boy or girl, has a 1 in 2 (50%) chance of inheriting it. A change can also arise new in a child of unaffected parents."),
        InheritancePattern.XLinkedRecessive => new(pattern, M(GeneStatus.NotAffected), F(GeneStatus.Carrier),
            [M(GeneStatus.Affected), M(GeneStatus.NotAffected), F(GeneStatus.Carrier), F(GeneStatus.NotAffected)],
            "The mother carries the change on one of her X chromosomes and is usually well; the father is not affected. One son is affected and one is not; one daughter is a carrier and one is not.",
            "X-linked recessive: each son of a carrier mother has a 1 in 2 (50%) chance of being affected, and each daughter a 1 in 2 chance of being a carrier. An affected father passes the change to all his daughters, who are carriers, and to none of his sons."),
        _ => new(pattern, M(GeneStatus.NotAffected), F(GeneStatus.Affected),
            [F(GeneStatus.Affected), F(GeneStatus.NotAffected), M(GeneStatus.Affected), M(GeneStatus.NotAffected)],
            "The mother has the change on one of her X chromosomes and is affected; the father is not. One daughter and one son are affected; one daughter and one son are not.",
            "X-linked dominant: each child of an affected mother, boy or girl, has a 1 in 2 (50%) chance of being affected. An affected father passes it to all his daughters and to none of his sons."),
    };
}
