using System.Text.Json.Nodes;

namespace BoneInfo.Web.PublicApi;

/// <summary>Example requests and answers for the OpenAPI document, by operation (shortened real answers).</summary>
public static class ApiExamples
{
    public sealed record Example(IReadOnlyDictionary<string, string> Parameters, IReadOnlyDictionary<string, string> Responses);

    private const string Problem404 = """
        {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"No such condition","status":404,
         "detail":"No published article has the slug 'no-such-slug'. The list is at /api/conditions.","instance":"/api/conditions/no-such-slug"}
        """;

    public static readonly IReadOnlyDictionary<string, Example> ByOperation = new Dictionary<string, Example>
    {
        ["ListConditions"] = new(
            new Dictionary<string, string> { ["page"] = "1", ["pageSize"] = "2" },
            new Dictionary<string, string>
            {
                ["200"] = """
                    {"page":1,"pageSize":2,"totalItems":17,"totalPages":9,
                     "items":[
                       {"slug":"camurati-engelmann-disease","title":"Camurati-Engelmann disease","kind":"condition",
                        "summary":"Camurati-Engelmann disease is a rare bone condition that runs in families. …","lastReviewed":"2026-12-03",
                        "url":"https://boneinfo.example.org/conditions/camurati-engelmann-disease","apiUrl":"https://boneinfo.example.org/api/conditions/camurati-engelmann-disease"},
                       {"slug":"craniometaphyseal-dysplasia","title":"Craniometaphyseal dysplasia","kind":"condition",
                        "summary":"Craniometaphyseal dysplasia is a rare bone condition that often runs in families. …","lastReviewed":"2026-12-03",
                        "url":"https://boneinfo.example.org/conditions/craniometaphyseal-dysplasia","apiUrl":"https://boneinfo.example.org/api/conditions/craniometaphyseal-dysplasia"}],
                     "links":{"self":"https://boneinfo.example.org/api/conditions?page=1&pageSize=2","first":"https://boneinfo.example.org/api/conditions?page=1&pageSize=2",
                              "last":"https://boneinfo.example.org/api/conditions?page=9&pageSize=2","prev":null,"next":"https://boneinfo.example.org/api/conditions?page=2&pageSize=2"}}
                    """,
                ["400"] = """
                    {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"The page is not valid","status":400,
                     "detail":"page must be a whole number from 1.","instance":"/api/conditions?page=0"}
                    """,
                ["404"] = """
                    {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"No such page","status":404,
                     "detail":"There is 1 page of 20 articles.","instance":"/api/conditions"}
                    """,
            }),
        ["GetCondition"] = new(
            new Dictionary<string, string> { ["slug"] = "hypophosphatasia" },
            new Dictionary<string, string>
            {
                ["200"] = """
                    {"slug":"hypophosphatasia","title":"Hypophosphatasia","kind":"condition","category":"Bone mineralisation disorders",
                     "url":"https://boneinfo.example.org/conditions/hypophosphatasia","spanishUrl":"https://boneinfo.example.org/es/conditions/hypophosphatasia",
                     "summary":"Hypophosphatasia is a rare inherited bone condition. …","summaryEs":"La hipofosfatasia es una enfermedad rara de los huesos que se hereda. …",
                     "otherNames":["HPP","TNSALP deficiency","Rathbun syndrome"],
                     "codes":[{"system":"OMIM","code":"146300"},{"system":"OMIM","code":"241500"}],
                     "genes":[{"symbol":"ALPL","name":"alkaline phosphatase, biomineralization associated","inheritance":"Autosomal recessive or autosomal dominant",
                               "patterns":["autosomal-recessive","autosomal-dominant"],"url":"https://boneinfo.example.org/genes/ALPL"}],
                     "inheritance":"Autosomal recessive in severe forms; milder forms can be autosomal recessive or autosomal dominant",
                     "onset":"Any age, from before birth to late adulthood","prevalence":"Severe forms roughly 1 in 100,000 to 1 in 300,000 births; … [14]",
                     "phenotypes":[{"hpoId":"HP:0006323","label":"Premature loss of primary teeth","labelEs":"Pérdida prematura de los dientes de leche",
                                    "plain":"Baby teeth fall out early, often with the root still in place","frequency":"frequent","hpoUrl":"https://hpo.jax.org/browse/term/HP%3A0006323"}],
                     "labs":[{"test":"Alkaline phosphatase (serum)","direction":"low","note":"Below the age- and sex-specific reference range; the key screening test"}],
                     "specialists":["Metabolic bone specialist or endocrinologist","Clinical geneticist and genetic counsellor","Paediatrician"],
                     "references":[{"id":1,"authors":"MedlinePlus Genetics, U.S. National Library of Medicine","title":"Hypophosphatasia","source":"MedlinePlus Genetics","year":null,"doi":null,"pmid":null,"url":"https://medlineplus.gov/genetics/condition/hypophosphatasia/"}],
                     "lastReviewed":"2026-11-21","dateModified":"2026-12-03T09:00:00Z",
                     "attribution":"Phenotype ids and labels are from the Human Phenotype Ontology (https://hpo.jax.org), free to use with attribution (https://hpo.jax.org/license): Gargano MA et al. …"}
                    """,
                ["404"] = Problem404,
            }),
        ["Search"] = new(
            new Dictionary<string, string> { ["q"] = "low ALP and high B6", ["limit"] = "1" },
            new Dictionary<string, string>
            {
                ["200"] = """
                    {"query":"low ALP and high B6","correctedQuery":null,
                     "results":[{"slug":"hypophosphatasia","title":"Hypophosphatasia","kind":"condition","summary":"Hypophosphatasia is a rare inherited bone condition. …",
                                 "snippet":"…<mark>Pyridoxal</mark> <mark>5</mark>&#39;-<mark>phosphate</mark> (<mark>PLP</mark>), the main circulating form of <mark>vitamin</mark> <mark>B6</mark>…","score":1.0626,
                                 "matched":["Alkaline phosphatase (serum): low","Pyridoxal 5'-phosphate (PLP, plasma vitamin B6): high"]}]}
                    """,
                ["400"] = """
                    {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"The query is missing","status":400,"detail":"Add a query: /api/search?q=low+alkaline+phosphatase"}
                    """,
                ["429"] = """
                    {"type":"https://tools.ietf.org/html/rfc6585#section-4","title":"Too many searches","status":429,"detail":"Please wait 10 seconds before searching again."}
                    """,
            }),
        ["Suggest"] = new(
            new Dictionary<string, string> { ["q"] = "hypo" },
            new Dictionary<string, string>
            {
                ["200"] = """
                    [{"text":"Hypophosphatasia","type":"condition","slug":"hypophosphatasia"},
                     {"text":"X-linked hypophosphataemia","type":"condition","slug":"x-linked-hypophosphatemia"},
                     {"text":"Hypophosphatasaemia","type":"other-name","slug":"low-alkaline-phosphatase"}]
                    """,
            }),
    };

    public static JsonNode Parse(string json) => JsonNode.Parse(json)!;
}
