using BoneInfo.Web.Articles;

namespace BoneInfo.Web.Search;

/// <summary>
/// The structured data of every published article, indexed by stem: names (title, other names, gene symbols)
/// and features (phenotype labels, lab results). Not thread-safe; <see cref="SearchCatalog"/> guards it.
/// Articles live in dense slots so scores can be summed in arrays rather than dictionaries.
/// </summary>
public sealed class CatalogIndex
{
    private readonly List<CatalogEntry?> _slots = [];
    private readonly Stack<int> _freeSlots = new();
    private readonly Dictionary<int, int> _slotById = [];
    private readonly Dictionary<string, FeatureLabel> _features = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FeatureLabel>> _phenotypesByStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FeatureLabel>> _labsByStem = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nameStems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameLabel> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameLabel>> _namesByLongestStem = new(StringComparer.Ordinal);
    private readonly HashSet<FeatureLabel> _changed = [];

    public int Count => _slotById.Count;

    public int SlotCount => _slots.Count;

    public IEnumerable<int> Ids => _slotById.Keys;

    /// <summary>Every article, in slot order (for a new library, the order they were loaded).</summary>
    public IEnumerable<CatalogEntry> Entries => _slots.OfType<CatalogEntry>();

    /// <summary>Phenotype labels at least one article lists.</summary>
    public IEnumerable<FeatureLabel> PhenotypeLabels => _features.Values.Where(l => !l.IsLab && l.Articles.Count > 0);

    public CatalogEntry? Entry(int slot) => _slots[slot];

    public bool TryGetSlot(int id, out int slot) => _slotById.TryGetValue(id, out slot);

    public int? VersionOf(int id) => _slotById.TryGetValue(id, out var slot) ? _slots[slot]!.Version : null;

    /// <summary>Adds or replaces an article; labels already known are shared, not stemmed again.</summary>
    public void Put(int id, int version, string slug, string title, ArticleKind kind, ArticleMetadata metadata)
    {
        Remove(id);
        var names = new[] { title }.Concat(metadata.OtherNames.SelectMany(NameMatcher.Variants)).Concat(metadata.Genes.Select(g => g.Symbol))
            .Select(NameMatcher.Stems).Where(n => n.Length > 0).DistinctBy(n => string.Join(' ', n)).ToList();
        var features = metadata.Phenotypes.Select(p => new ArticleFeature(FeatureFor(FeatureLabel.KeyOf(p), () => FeatureLabel.From(p)), p.Frequency))
            .Concat(metadata.Labs.Select(l => new ArticleFeature(FeatureFor(FeatureLabel.KeyOf(l), () => FeatureLabel.From(l)), null, l.Note)))
            .ToArray();
        var entry = new CatalogEntry(id, version, slug, title, kind, metadata.OtherNames, names, features);
        var slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : _slots.Count;
        if (slot == _slots.Count)
        {
            _slots.Add(null);
        }
        _slots[slot] = entry;
        _slotById[id] = slot;
        foreach (var name in names)
        {
            NameFor(name).Articles.Add(slot);
        }
        foreach (var feature in features)
        {
            var articles = feature.Label.Articles;
            articles[slot] = Math.Max(articles.GetValueOrDefault(slot), feature.Weight);
            _changed.Add(feature.Label);
        }
    }

    public void Remove(int id)
    {
        if (!_slotById.Remove(id, out var slot))
        {
            return;
        }
        var entry = _slots[slot]!;
        foreach (var name in entry.Names)
        {
            _names[string.Join(' ', name)].Articles.Remove(slot);
        }
        foreach (var feature in entry.Features)
        {
            feature.Label.Articles.Remove(slot);
            _changed.Add(feature.Label);
        }
        _slots[slot] = null;
        _freeSlots.Push(slot);
    }

    /// <summary>Rebuilds the posting arrays of the labels changed since the last call; call after a batch of changes.</summary>
    public void Seal()
    {
        foreach (var label in _changed)
        {
            label.Seal();
        }
        _changed.Clear();
    }

    /// <summary>Phenotype labels containing any of the stems (each once).</summary>
    /// <summary>True when some phenotype label, lab test or article name of the library contains this stem.</summary>
    public bool IsFeatureStem(string stem) => _phenotypesByStem.ContainsKey(stem) || _labsByStem.ContainsKey(stem) || _nameStems.Contains(stem);

    public IEnumerable<FeatureLabel> PhenotypesWithAny(IEnumerable<string> stems) => WithAny(_phenotypesByStem, stems);

    /// <summary>Lab results in this direction containing any of the stems (each once).</summary>
    public IEnumerable<FeatureLabel> LabsWithAny(string direction, IEnumerable<string> stems) =>
        WithAny(_labsByStem, stems).Where(l => l.Direction == direction);

    /// <summary>Names that could be spelled out by these stems: a name is listed under its longest stem, which it must contain.</summary>
    public IEnumerable<NameLabel> NamesKeyedBy(IEnumerable<string> stems) =>
        stems.SelectMany(s => _namesByLongestStem.GetValueOrDefault(s) ?? []);

    private NameLabel NameFor(string[] stems)
    {
        var key = string.Join(' ', stems);
        if (!_names.TryGetValue(key, out var label))
        {
            _names[key] = label = new NameLabel(stems);
            _nameStems.UnionWith(stems);
            var longest = stems.MaxBy(s => s.Length)!;
            if (!_namesByLongestStem.TryGetValue(longest, out var list))
            {
                _namesByLongestStem[longest] = list = [];
            }
            list.Add(label);
        }
        return label;
    }

    private FeatureLabel FeatureFor(string key, Func<FeatureLabel> create)
    {
        if (!_features.TryGetValue(key, out var label))
        {
            _features[key] = label = create();
            var byStem = label.IsLab ? _labsByStem : _phenotypesByStem;
            foreach (var stem in label.Stems)
            {
                if (!byStem.TryGetValue(stem, out var list))
                {
                    byStem[stem] = list = [];
                }
                list.Add(label);
            }
        }
        return label;
    }

    private static IEnumerable<FeatureLabel> WithAny(Dictionary<string, List<FeatureLabel>> byStem, IEnumerable<string> stems) =>
        stems.SelectMany(s => byStem.GetValueOrDefault(s) ?? []).Distinct();
}
