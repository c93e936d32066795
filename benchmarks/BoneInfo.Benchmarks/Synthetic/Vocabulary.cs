namespace BoneInfo.Benchmarks.Synthetic;

/// <summary>Fixed word lists the synthetic articles are made of, so that real queries find real words in them.</summary>
internal static class Vocabulary
{
    /// <summary>Words every bone article uses: any article's prose draws on all of them.</summary>
    public static readonly string[] GeneralTerms =
    [
        "bone", "bones", "fracture", "fractures", "pain", "calcium", "phosphate", "vitamin D", "X-ray", "scan",
        "blood test", "treatment", "diagnosis", "child", "adult", "infant", "gene", "variant", "specialist", "joint",
        "muscle", "weakness", "skeleton", "kidney", "urine", "serum", "level", "therapy", "growth", "teeth",
    ];

    /// <summary>Specific bone and lab terms: each article's prose uses its own dozen of them (its topic).</summary>
    public static readonly string[] SpecificTerms =
    [
        "osteoblast", "osteoclast", "osteocyte", "mineralisation", "alkaline phosphatase", "ALP", "parathyroid hormone",
        "PTH", "FGF23", "cortex", "cortical", "trabecular", "marrow", "skeletal", "femur", "tibia", "pelvis", "spine",
        "vertebra", "skull", "dental", "enamel", "cartilage", "growth plate", "metaphysis", "epiphysis", "collagen",
        "matrix", "resorption", "remodelling", "bone density", "biopsy", "deformity", "stiffness", "enzyme", "mutation",
        "recessive", "dominant", "bisphosphonate", "calcitriol", "supplement", "surgery", "orthopaedic",
        "endocrinologist", "rickets", "osteomalacia", "osteoporosis", "osteopetrosis", "sclerosis", "hearing", "nerve",
        "fragility", "healing", "ligament", "tendon", "hip", "knee", "wrist", "rib", "jaw", "crystal", "pyrophosphate",
        "phosphoethanolamine", "calcification", "dysplasia", "lesion", "sclerotic", "lytic", "radiograph", "MRI",
        "DEXA", "turnover", "marker", "screening", "prognosis", "bowed legs", "short stature", "magnesium", "zinc",
        "pyridoxal", "B6", "GGT", "liver", "hypercalcaemia", "hypocalcaemia", "hypophosphataemia",
        "hyperparathyroidism", "Paget", "osteitis", "fibrous", "nephrocalcinosis", "kidney stones", "tooth loss",
        "abscess", "gait", "waddling", "anaemia", "hepatosplenomegaly", "vomiting", "seizures", "pseudofracture",
    ];

    public static readonly string[] Sections =
    [
        "Overview", "Forms or types", "Symptoms", "Causes", "Inheritance", "How common it is", "Diagnosis",
        "Treatment and management", "Outlook", "Living with it", "Research", "Complications",
    ];

    public static readonly string[] Categories =
    [
        "Bone mineralisation disorders", "Sclerosing bone disorders", "Skeletal dysplasias", "Parathyroid disorders",
        "Phosphate disorders", "Metabolic bone disease", "Lab findings", "Bone fragility disorders",
        "Dental and craniofacial disorders", "Bone remodelling disorders",
    ];

    public static readonly string[] TitleQualifiers =
    [
        "Familial", "Congenital", "Juvenile", "Adult-onset", "Autosomal recessive", "X-linked", "Progressive",
        "Idiopathic", "Hereditary", "Infantile", "Late-onset", "Benign",
    ];

    public static readonly string[] TitleStructures =
    [
        "metaphyseal", "epiphyseal", "spondyloepiphyseal", "craniometaphyseal", "diaphyseal", "cleidocranial",
        "craniodiaphyseal", "acromesomelic", "spondylometaphyseal", "osteoglophonic", "frontometaphyseal", "dental",
    ];

    public static readonly string[] TitleNouns =
    [
        "dysplasia", "sclerosis", "osteolysis", "hyperostosis", "rickets", "osteomalacia", "osteopetrosis",
        "chondrodysplasia", "dysostosis", "osteodystrophy", "hypophosphatasia", "fragility syndrome",
    ];

    public static readonly string[] Labs =
    [
        "Alkaline phosphatase (serum)", "Bone-specific alkaline phosphatase", "Calcium (serum)", "Ionised calcium",
        "Phosphate (serum)", "Parathyroid hormone (PTH)", "25-hydroxyvitamin D", "1,25-dihydroxyvitamin D", "FGF23",
        "Magnesium (serum)", "Pyridoxal 5'-phosphate (PLP, vitamin B6)", "Phosphoethanolamine (PEA, urine)",
        "Urine calcium", "TmP/GFR", "Creatinine", "eGFR", "GGT", "ALT", "Bilirubin", "Zinc (serum)", "Vitamin B12",
        "Ceruloplasmin", "Haemoglobin", "Platelet count", "Creatine kinase", "Acid phosphatase (TRAP)",
        "CTX (bone resorption marker)", "P1NP (bone formation marker)", "Osteocalcin", "TSH", "Bicarbonate", "Potassium",
    ];

    public static readonly string[] LabDirections = ["low", "high", "high", "low", "normal", "variable"];

    public static readonly string[] FrequencyBands = ["very frequent", "frequent", "frequent", "occasional", "occasional", "rare"];

    public static readonly string[] RealGenes =
    [
        "ALPL", "CLCN7", "TCIRG1", "OSTM1", "SNX10", "TNFSF11", "TNFRSF11A", "TNFRSF11B", "SQSTM1", "PHEX", "FGF23",
        "DMP1", "ENPP1", "SLC34A3", "CYP27B1", "CYP2R1", "VDR", "CASR", "GNA11", "AP2S1", "MEN1", "CDC73", "RET",
        "COL1A1", "COL1A2", "LRP5", "SOST", "PLS3", "WNT1", "FAM20C", "CA2", "PLEKHM1", "IKBKG", "GNAS", "PTH1R",
        "FGFR3", "COMP", "SLC26A2",
    ];

    public static readonly string[] Inheritance =
    [
        "Autosomal recessive", "Autosomal dominant", "X-linked dominant", "X-linked recessive", "Sporadic",
    ];

    public static readonly string[] Journals =
    [
        "Journal of Bone and Mineral Research", "Bone", "Osteoporosis International", "Calcified Tissue International",
        "Orphanet Journal of Rare Diseases", "JBMR Plus", "Journal of Clinical Endocrinology and Metabolism",
        "GeneReviews, NCBI Bookshelf", "European Journal of Endocrinology", "American Journal of Medical Genetics",
    ];

    public static readonly string[] Specialists =
    [
        "Endocrinologist", "Metabolic bone specialist", "Clinical geneticist", "Orthopaedic surgeon", "Paediatrician",
        "Dentist", "Nephrologist", "Physiotherapist", "Audiologist", "Rheumatologist",
    ];
}
