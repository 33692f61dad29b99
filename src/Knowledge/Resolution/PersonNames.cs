using Knowledge.Text;

namespace Knowledge.Resolution;

/// <summary>A person's name read into its parts: the folded whole and base (without suffix), and, for two words or more, its given name, middle names, surname and suffix.</summary>
/// <param name="Slug">The cleaned name folded ("ana-reyes-jr").</param>
/// <param name="BaseSlug">The cleaned name without a generational suffix, folded ("ana-reyes").</param>
/// <param name="Parts">The parts; null when the name without its suffix is one word.</param>
internal sealed record PersonNameForms(string Slug, string BaseSlug, PersonName? Parts);

/// <summary>A name's key, given name, middle names, surname and generational suffix, folded.</summary>
internal sealed record PersonName(string Key, string Given, string Middle, string Surname, string? Suffix);

/// <summary>
/// Reads people's names into their parts once per distinct written name, for the joins of suffixed and short-form
/// variants (<see cref="PersonSuffixVariants"/>, <see cref="PersonShortFormVariants"/>), which would otherwise read
/// each name again, in each document and across the corpus.
/// </summary>
internal sealed class PersonNames(EntityKeys keys)
{
    private readonly Dictionary<string, PersonNameForms> _forms = new(StringComparer.Ordinal);
    private Dictionary<string, HashSet<string>>? _fullForms;

    public EntityKeys Keys => keys;

    /// <summary>The forms of a mention's name (as the mention gives it, before cleaning).</summary>
    public PersonNameForms Of(string name)
    {
        if (_forms.TryGetValue(name, out var forms)) return forms;
        string clean = keys.Clean(name);
        var baseName = PersonSuffixVariants.WithoutSuffix(clean, keys.NameSuffixes);
        string slug = Text.Slug.Of(clean);
        string baseSlug = ReferenceEquals(baseName, clean) ? slug : Text.Slug.Of(baseName);
        return _forms[name] = new PersonNameForms(slug, baseSlug, Parse(clean, baseName, slug));
    }

    /// <summary>Each short form's given names, folded ("bill" → {"william"}).</summary>
    public Dictionary<string, HashSet<string>> FullFormsOfShortForms => _fullForms ??= ShortForms(keys);

    /// <summary>Whether a name's words are separated by one space each, with none at either end: its words are then its own spans.</summary>
    internal static bool IsSingleSpaced(string name) =>
        name.Length > 0 && name[0] != ' ' && name[^1] != ' ' && !name.Contains("  ", StringComparison.Ordinal);

    private static PersonName? Parse(string name, string baseName, string slug)
    {
        if (IsSingleSpaced(name))
        {
            // As the words split and joined again below, read in place: the base is then the name's start.
            int first = baseName.IndexOf(' '), last = baseName.LastIndexOf(' ');
            if (first < 0) return null;
            var middle = first == last ? [] : baseName.AsSpan(first + 1, last - first - 1);
            var suffixPart = name.Length > baseName.Length ? Text.Slug.Of(name.AsSpan(baseName.Length)) : null;
            return new PersonName("person:" + slug, Text.Slug.Of(baseName.AsSpan(0, first)), Text.Slug.Of(middle),
                Text.Slug.Of(baseName.AsSpan(last + 1)), suffixPart);
        }
        var parts = baseName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return null;
        // The base is the name's first words joined by single spaces, so the suffix is the words after as many
        // (not the characters past the base's length: with more spaces between words those are part of the surname).
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var suffix = words.Length > parts.Length ? Text.Slug.Of(string.Join(' ', words[parts.Length..])) : null;
        return new PersonName("person:" + slug, Text.Slug.Of(parts[0]), Text.Slug.Of(string.Join(' ', parts[1..^1])), Text.Slug.Of(parts[^1]), suffix);
    }

    private static Dictionary<string, HashSet<string>> ShortForms(EntityKeys keys)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in keys.Hypocoristics.Rows)
        {
            if (row.Length < 2) continue;
            var s = Text.Slug.Of(row[0]);
            if (!result.TryGetValue(s, out var set)) result[s] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(Text.Slug.Of(row[1]));
        }
        return result;
    }
}
