using System.Text;
using Bogus;

namespace BoneInfo.Benchmarks.Synthetic;

/// <summary>
/// Lorem-style prose with real bone terms mixed in, as sentences, summaries and Markdown bodies. About a third of
/// the words are bone terms: half from <see cref="Vocabulary.GeneralTerms"/> (so every article says "bone" and
/// "pain"), half from the article's topic, a dozen <see cref="Vocabulary.SpecificTerms"/> chosen per article (so
/// "Paget" or "osteoclast" appear in some articles, not all, as in a real library).
/// </summary>
internal sealed class MedicalProse(Randomizer random, ClinicalCatalog catalog)
{
    private const float MedicalShare = 0.35f;
    private const int TopicSize = 12;
    private string[] _topic = [];

    /// <summary>Chooses the specific terms of the next article's prose.</summary>
    public void StartArticle() => _topic = random.ListItems(Vocabulary.SpecificTerms, TopicSize).ToArray();

    /// <summary>One sentence of 8 to 18 words, about a third of them bone terms.</summary>
    public string Sentence(float medicalShare = MedicalShare)
    {
        var words = random.Number(8, 18);
        var sentence = new StringBuilder(words * 9);
        for (var i = 0; i < words; i++)
        {
            var word = !random.Bool(medicalShare) ? random.ArrayElement(catalog.LoremWords)
                : random.Bool() || _topic.Length == 0 ? random.ArrayElement(Vocabulary.GeneralTerms)
                : random.ArrayElement(_topic);
            if (i == 0)
            {
                sentence.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
            else
            {
                sentence.Append(' ').Append(word);
            }
        }
        return sentence.Append('.').ToString();
    }

    /// <summary>Two or three plain sentences, well under the 60-word summary limit.</summary>
    public string Summary() =>
        string.Join(' ', Enumerable.Range(0, random.Number(2, 3)).Select(_ => Sentence(0.5f)));

    /// <summary>6 to 8 "##" sections (Overview first) of 1 to 3 paragraphs, some citing references, one a bullet list.</summary>
    public string Body(int referenceCount)
    {
        var body = new StringBuilder(8_000);
        var sections = new[] { Vocabulary.Sections[0] }
            .Concat(random.ListItems(Vocabulary.Sections.Skip(1).ToList(), random.Number(5, 7)));
        var listSection = random.Number(1, 5);
        var index = 0;
        foreach (var heading in sections)
        {
            body.Append("## ").Append(heading).Append("\n\n");
            if (index++ == listSection)
            {
                for (var i = random.Number(3, 6); i > 0; i--)
                {
                    body.Append("- ").Append(Sentence()).Append('\n');
                }
                body.Append('\n');
            }
            for (var p = random.Number(1, 3); p > 0; p--)
            {
                body.Append(Paragraph(referenceCount)).Append("\n\n");
            }
        }
        return body.ToString().TrimEnd('\n');
    }

    private string Paragraph(int referenceCount)
    {
        var paragraph = new StringBuilder(1_200);
        for (var s = random.Number(3, 6); s > 0; s--)
        {
            var sentence = Sentence();
            if (random.Bool(0.25f))
            {
                var id = random.Number(1, referenceCount);
                sentence = sentence[..^1] + $" [{id}](#ref-{id}).";
            }
            paragraph.Append(paragraph.Length > 0 ? " " : "").Append(sentence);
        }
        return paragraph.ToString();
    }
}
