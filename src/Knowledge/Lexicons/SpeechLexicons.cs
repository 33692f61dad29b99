using System.Collections.Frozen;
using System.Collections.Immutable;
using Knowledge.Syntax;

namespace Knowledge.Lexicons;

/// <summary>
/// Words that report speech: the speech verbs and cue phrases with the frames in which they report
/// (models/speech/speech-verbs.txt), the function words of those frames and the gerunds of speech.
/// The rules ask this class whether a word is a speech verb and in which frames it reports.
/// </summary>
public sealed class SpeechLexicons
{
    private readonly FrozenDictionary<string, SpeechFrames> _frames;
#if NET9_0_OR_GREATER
    private readonly FrozenDictionary<string, SpeechFrames>.AlternateLookup<ReadOnlySpan<char>> _spanFrames;
#endif
    private readonly LexiconRoles<SpeechWordRole> _roles;

    internal SpeechLexicons(LexiconLoader load)
    {
        Verbs = load.Table("speech/speech-verbs");
        SpeechVerbs = Verbs.Entries();
        _frames = ReadFrames(Verbs);
#if NET9_0_OR_GREATER
        _spanFrames = _frames.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        SourceAfterPhrases = [.. Verbs.Rows.Where(r => (_frames[r[0]] & SpeechFrames.SourceAfter) != 0)
            .Select(r => r[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray())];
        _phrasesByFirstWord = SourceAfterPhrases.Where(p => p.Length > 0)
            .GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.OrdinalIgnoreCase);
#if NET9_0_OR_GREATER
        _phrasesByFirstSpan = _phrasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        FrameWords = load.Table("speech/frame-words");
        _roles = new LexiconRoles<SpeechWordRole>(FrameWords);
        Gerunds = load.List("speech/speech-gerunds");
    }

    /// <summary>Speech verbs and cue phrases with their frames: form, frames ("told", "hearer-first"). (models/speech/speech-verbs.txt)</summary>
    public LexiconTable Verbs { get; }

    /// <summary>Every form of <see cref="Verbs"/>: speech verbs and cues ("said", "according to"). (models/speech/speech-verbs.txt)</summary>
    public Lexicon SpeechVerbs { get; }

    /// <summary>The function words of the speech frames and their roles: word, role ("that", "complementizer"). (models/speech/frame-words.txt)</summary>
    public LexiconTable FrameWords { get; }

    /// <summary>Gerunds of speech verbs that report after "by": "by urging lawmakers to …". (models/speech/speech-gerunds.txt)</summary>
    public Lexicon Gerunds { get; }

    /// <summary>The source-after phrases of <see cref="Verbs"/> ("according to"), word by word.</summary>
    internal ImmutableArray<ImmutableArray<string>> SourceAfterPhrases { get; }

    // The source-after phrases grouped by their first word (ignoring case, as they are compared), in lexicon order.
    private readonly Dictionary<string, ImmutableArray<ImmutableArray<string>>> _phrasesByFirstWord;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, ImmutableArray<ImmutableArray<string>>>.AlternateLookup<ReadOnlySpan<char>> _phrasesByFirstSpan;
#endif

    /// <summary>Whether a word is a speech verb (a one-word form of <see cref="Verbs"/>), with its frames.</summary>
    internal bool TryGetFrames(string form, out SpeechFrames frames) => _frames.TryGetValue(form, out frames);

    /// <summary>Whether a word is a speech verb, with its frames; the word is read in place.</summary>
#if NET9_0_OR_GREATER
    internal bool TryGetFrames(ReadOnlySpan<char> form, out SpeechFrames frames) => _spanFrames.TryGetValue(form, out frames);
#else
    internal bool TryGetFrames(ReadOnlySpan<char> form, out SpeechFrames frames) => _frames.TryGetValue(form.ToString(), out frames);
#endif

    /// <summary>Whether a word is a speech verb that has a frame.</summary>
    internal bool Has(string form, SpeechFrames frame) => _frames.TryGetValue(form, out var frames) && (frames & frame) != 0;

    /// <summary>Whether a source-after phrase opens with the word (compared as <see cref="SourceAfterPhraseAt"/> compares it).</summary>
    internal bool OpensSourceAfterPhrase(string word) => _phrasesByFirstWord.ContainsKey(word);

    /// <summary>Whether a function word plays a role in the speech frames.</summary>
    internal bool Is(string word, SpeechWordRole role) => _roles.Is(word, role);

    /// <summary>Whether a function word plays a role in the speech frames, the word read in place.</summary>
    internal bool Is(ReadOnlySpan<char> word, SpeechWordRole role) => _roles.Is(word, role);

    /// <summary>
    /// The number of words of a source-after phrase ("according to") that the tokens of <paramref name="doc"/> from
    /// <paramref name="at"/> spell, or 0; only the tokens in [<paramref name="first"/>, <paramref name="end"/>)
    /// count (a phrase cut by the bounds is no phrase). The words are compared in place, without copying them.
    /// </summary>
    internal int SourceAfterPhraseAt(Doc doc, int first, int end, int at)
    {
        // Only the phrases whose first word is the word at the position can match, in lexicon order.
        if (at < first || at >= end) return 0;
#if NET9_0_OR_GREATER
        if (!_phrasesByFirstSpan.TryGetValue(doc.SpanOf(doc.Tokens[at]), out var phrases)) return 0;
#else
        if (!_phrasesByFirstWord.TryGetValue(doc.TextOf(doc.Tokens[at]), out var phrases)) return 0;
#endif
        foreach (var phrase in phrases)
        {
            int k = 0;
            while (k < phrase.Length && at + k >= first && at + k < end
                   && doc.SpanOf(doc.Tokens[at + k]).Equals(phrase[k], StringComparison.OrdinalIgnoreCase)) k++;
            if (k == phrase.Length) return k;
        }
        return 0;
    }

    private static FrozenDictionary<string, SpeechFrames> ReadFrames(LexiconTable verbs)
    {
        var frames = new Dictionary<string, SpeechFrames>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in verbs.Rows)
        {
            var these = SpeechFrames.None;
            foreach (var name in row.Length > 1 ? row[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
            {
                if (!Enum.TryParse<SpeechFrames>(name.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var frame) || frame == SpeechFrames.None || !Enum.IsDefined(frame))
                    throw new InvalidOperationException($"The lexicon '{verbs.Name}' gives '{row[0]}' an unknown frame '{name}'.");
                these |= frame;
            }
            frames[row[0]] = frames.GetValueOrDefault(row[0]) | these;
        }
        return frames.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
