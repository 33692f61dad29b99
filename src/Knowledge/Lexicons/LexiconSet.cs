using System.Text;

namespace Knowledge.Lexicons;

/// <summary>
/// The word lists of models/, embedded in the library as resources so it works from the package alone,
/// in typed groups: the general knowledge is public (<see cref="English"/> word classes, <see cref="Names"/>,
/// <see cref="Titles"/>, <see cref="Organizations"/>, <see cref="Laws"/>, <see cref="Works"/>, <see cref="Speech"/>);
/// the function words each extractor's grammar reads are internal, as those rules still change, but every
/// file can be replaced by name through <see cref="Load"/>. A list's name is its path under models/ without extension
/// ("english/articles"). <see cref="Default"/> loads them once; <see cref="Load"/> builds a set from
/// another source, such as edited copies of some files with the embedded ones for the rest
/// (<see cref="ReadEmbedded"/>).
/// </summary>
public sealed class LexiconSet
{
    private static readonly Lazy<LexiconSet> LazyDefault = new(() => new LexiconSet(LexiconLoader.Embedded(OpenEmbedded)));

    private LexiconSet(LexiconLoader load)
    {
        English = new EnglishLexicons(load);
        Text = new TextLexicons(load);
        Names = new NameLexicons(load);
        Titles = new TitleLexicons(load);
        Organizations = new OrganizationLexicons(load);
        Laws = new LawLexicons(load);
        Works = new WorkLexicons(load);
        Speech = new SpeechLexicons(load);
        Events = new EventLexicons(load);
        Relations = new RelationLexicons(load);
        Dates = new DateLexicons(load);
        Entities = new EntityLexicons(load);
        Quotes = new QuoteLexicons(load);
        Roles = new RoleLexicons(load);
        _lexemes = new Lazy<LexemeTable>(() => new LexemeTable(this));
        _titleWords = new Lazy<TitleWords>(() => new TitleWords(this));
        _dateStarters = new Lazy<DateStarters>(() => new DateStarters(this));
    }

    private readonly Lazy<LexemeTable> _lexemes;

    private readonly Lazy<TitleWords> _titleWords;

    private readonly Lazy<DateStarters> _dateStarters;

    /// <summary>The words a date may start with, built once for the date rules and the token table's bit.</summary>
    internal DateStarters DateStarters => _dateStarters.Value;

    /// <summary>What the title lexicons say of a word or phrase on its own, built once for every rule that asks.</summary>
    internal TitleWords TitleWords => _titleWords.Value;

    /// <summary>The word forms met so far with the bits of the lists that hold them, shared by every document read with this set.</summary>
    internal LexemeTable Lexemes => _lexemes.Value;

    /// <summary>The lexicons embedded in the library.</summary>
    public static LexiconSet Default => LazyDefault.Value;

    /// <summary>The names of the lexicons embedded in the library, in ordinal order.</summary>
    public static IReadOnlyList<string> EmbeddedNames => EmbeddedModels.Names;

    /// <summary>Loads every lexicon through a reader that returns a lexicon file's text by name ("english/articles").</summary>
    public static LexiconSet Load(Func<string, string> readText)
    {
        ArgumentNullException.ThrowIfNull(readText);
        return new LexiconSet(new LexiconLoader(readText));
    }

    /// <summary>The text of a lexicon embedded in the library, by name ("english/articles").</summary>
    public static string ReadEmbedded(string name)
    {
        var bytes = EmbeddedBytes(name);
        // The files are UTF-8 without a byte order mark: decoded straight from the bytes read out of the bundle, only the
        // string is made (a StreamReader's buffers and growing builder cost three times the text). A file with a mark
        // is read through a reader, so the mark is honoured and dropped.
        if (!HasByteOrderMark(bytes)) return Encoding.UTF8.GetString(bytes);
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false));
        return reader.ReadToEnd();
    }

    /// <summary>The stream of a lexicon embedded in the library, by name ("english/articles").</summary>
    private static Stream OpenEmbedded(string name) => new MemoryStream(EmbeddedBytes(name), writable: false);

    private static byte[] EmbeddedBytes(string name) =>
        EmbeddedModels.ReadAllBytes(name) ?? throw new KeyNotFoundException($"No lexicon named '{name}' is embedded in the library.");

    // The marks a StreamReader detects: UTF-8, UTF-16 (either order) and UTF-32 (either order; its little-endian
    // mark opens with UTF-16's).
    private static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);

    /// <summary>General English word classes: closed classes (articles, pronouns, prepositions, auxiliaries), months and weekdays, abbreviations, and the capitalised words that are not names.</summary>
    public EnglishLexicons English { get; }

    /// <summary>Lists for telling names: given names, places and nationalities.</summary>
    public NameLexicons Names { get; }

    /// <summary>Titles people hold and the honorifics written before their names.</summary>
    public TitleLexicons Titles { get; }

    /// <summary>Words that make, open, end and divide organisations' names.</summary>
    public OrganizationLexicons Organizations { get; }

    /// <summary>Words for laws.</summary>
    public LawLexicons Laws { get; }

    /// <summary>Words for created works: reports, studies, podcasts.</summary>
    public WorkLexicons Works { get; }

    /// <summary>Words that report speech.</summary>
    public SpeechLexicons Speech { get; }

    /// <summary>Lists the tokenizer reads beyond the English word classes: top-level domains.</summary>
    internal TextLexicons Text { get; }

    /// <summary>Words that tell events.</summary>
    internal EventLexicons Events { get; }

    /// <summary>Cue phrases that relate two names.</summary>
    internal RelationLexicons Relations { get; }

    /// <summary>Words around dates and times.</summary>
    internal DateLexicons Dates { get; }

    /// <summary>Words the entity rules read around names.</summary>
    internal EntityLexicons Entities { get; }

    /// <summary>Words the quote finders and attributors read around quotes.</summary>
    internal QuoteLexicons Quotes { get; }

    /// <summary>Words the role rules read around titles.</summary>
    internal RoleLexicons Roles { get; }
}
