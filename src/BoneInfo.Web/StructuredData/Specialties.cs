namespace BoneInfo.Web.StructuredData;

/// <summary>
/// schema.org MedicalSpecialty values for the care teams articles list ("Endocrinologist or metabolic bone specialist").
/// Matched by word stems; a specialist with no fitting value (ophthalmologist, psychologist) is left out.
/// </summary>
public static class Specialties
{
    private static readonly (string Stem, string Specialty)[] Stems =
    [
        ("endocrin", "Endocrine"), ("genetic", "Genetic"), ("dentist", "Dentistry"), ("dental", "Dentistry"), ("orthodont", "Dentistry"),
        ("oral", "Dentistry"), ("haematolog", "Hematologic"), ("hematolog", "Hematologic"), ("neurolog", "Neurologic"),
        ("neurosurg", "Neurologic"), ("ear, nose", "Otolaryngologic"), ("otolaryng", "Otolaryngologic"), ("audiolog", "Otolaryngologic"),
        ("paediatric", "Pediatric"), ("pediatric", "Pediatric"), ("physiotherap", "Physiotherapy"), ("radiolog", "Radiography"),
        ("nuclear medicine", "Radiography"), ("nephrolog", "Renal"), ("rheumatolog", "Rheumatologic"), ("gastroenterolog", "Gastroenterologic"),
        ("hepatolog", "Gastroenterologic"), ("dermatolog", "Dermatology"), ("urolog", "Urologic"), ("dietitian", "DietNutrition"),
        ("general practitioner", "PrimaryCare"), ("family doctor", "PrimaryCare"), ("patholog", "Pathology"), ("plastic", "PlasticSurgery"),
        ("anaesthet", "Anesthesia"), ("respiratory", "Pulmonary"), ("surgeon", "Surgical"),
    ];

    public static IReadOnlyList<string> Of(IEnumerable<string> specialists) =>
        specialists
            .SelectMany(s => Stems.Where(x => s.Contains(x.Stem, StringComparison.OrdinalIgnoreCase)).Select(x => x.Specialty))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(s => "https://schema.org/" + s)
            .ToList();
}
