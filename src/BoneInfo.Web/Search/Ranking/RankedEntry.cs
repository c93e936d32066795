namespace BoneInfo.Web.Search;

/// <summary>An article's score and its parts (each 0 to 1 before weighting).</summary>
public sealed record RankedEntry(CatalogEntry Entry, double Score, double Text, double Findings, double Name);
