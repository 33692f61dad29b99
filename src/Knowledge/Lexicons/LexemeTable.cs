using System.Collections.Concurrent;

namespace Knowledge.Lexicons;

/// <summary>
/// The distinct word forms met so far, each with an interned id and the bits of the lists that hold it
/// (<see cref="TokenLexicons"/>): a form's lists are looked up once per process, not once per token and rule. The
/// table is keyed by the exact (ordinal) text, so a bit means what the list's own lookup of that text says, case
/// rules included. It is shared by the documents analysed with one <see cref="LexiconSet"/>, safe across threads,
/// and stops growing at <see cref="Capacity"/> forms (later new forms get their bits computed every time).
/// </summary>
internal sealed class LexemeTable
{
    /// <summary>The most forms kept.</summary>
    public const int Capacity = 400_000;

    /// <summary>Forms longer than this (addresses, long numbers) are not kept.</summary>
    public const int MaxFormLength = 48;

    private readonly LexiconSet _lex;
    private readonly CommonWords _common;
    private readonly ConcurrentDictionary<string, Lexeme> _forms = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly ConcurrentDictionary<string, Lexeme>.AlternateLookup<ReadOnlySpan<char>> _spans;
#endif
    private int _next;

    public LexemeTable(LexiconSet lexicons)
    {
        _lex = lexicons;
        _common = new CommonWords(lexicons);
#if NET9_0_OR_GREATER
        _spans = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>The lexeme of a word form as written.</summary>
    public Lexeme Find(ReadOnlySpan<char> form)
    {
        var recent = Recent;
        return recent.TryGet(form, out var lexeme) ? lexeme : FindShared(form, recent, out _);
    }

    /// <summary>
    /// The lexeme of a form that <paramref name="recent"/> (this thread's <see cref="Recent"/>) was just asked for and
    /// does not hold, and the slot it now holds the form in (-1 when the table does not keep the form): a caller that
    /// keeps a note beside the form need not look it up a second time.
    /// </summary>
    public Lexeme FindMissed(ReadOnlySpan<char> form, RecentLexemes recent, out int slot) => FindShared(form, recent, out slot);

    /// <summary>This thread's cache of the lexemes of this table it met last.</summary>
    public RecentLexemes Recent
    {
        get
        {
            var recent = _recent;
            if (recent is null || recent.Owner != this) _recent = recent = new RecentLexemes(this, RecentLexemes.FirstSlots);
            // A filled cache is replaced by a larger, empty one (a caller holding the old one may go on with it): the
            // forms are found again in the table, and the cache stops growing at its full size.
            else if (recent.IsFilled && recent.Slots < RecentLexemes.DefaultSlots)
                _recent = recent = new RecentLexemes(this, Math.Min(recent.Slots * 4, RecentLexemes.DefaultSlots));
            return recent;
        }
    }

    /// <summary>The lexeme of a form the thread's cache does not hold, remembered there when the table keeps it.</summary>
    private Lexeme FindShared(ReadOnlySpan<char> form, RecentLexemes recent, out int slot)
    {
        slot = -1;
#if NET9_0_OR_GREATER
        if (_spans.TryGetValue(form, out string? kept, out var known))
#else
        string kept = form.ToString();
        if (_forms.TryGetValue(kept, out var known))
#endif
        {
            slot = recent.Remember(kept, known);
            return known;
        }
        string text = form.ToString();
        var bits = BitsOf(text);
        // The ids handed out so far stand for the count: ConcurrentDictionary.Count takes every lock of the table, once a
        // new form (1.4 % of a cold run's samples). A lost race spends an id, so the table may stop a few forms early.
        if (form.Length > MaxFormLength || Volatile.Read(ref _next) >= Capacity) return new Lexeme(0, bits);
        var added = _forms.GetOrAdd(text, new Lexeme(Interlocked.Increment(ref _next), bits));
        slot = recent.Remember(text, added);
        return added;
    }

    /// <summary>This thread's cache of the lexemes it met last, of the table it asked last (<see cref="RecentLexemes"/>).</summary>
    [ThreadStatic]
    private static RecentLexemes? _recent;

    /// <summary>The lists that hold a word form, each asked as the rules ask it.</summary>
    private TokenLexicons BitsOf(string w)
    {
        var bits = TokenLexicons.None;
        if (w.Length == 0) return bits;
        string trimmed = w.TrimEnd('.');
        var e = _lex.Entities;
        if (e.NameConnectors.Contains(w)) bits |= TokenLexicons.NameConnector;
        if (_lex.Names.NameParticles.Contains(w)) bits |= TokenLexicons.NameParticle;
        if (_lex.Laws.Heads.Contains(w)) bits |= TokenLexicons.LawHead;
        if (_lex.Laws.Heads.Contains(trimmed)) bits |= TokenLexicons.LawHeadTrimmed;
        if (_lex.English.CommonCapitalized.Contains(w)) bits |= TokenLexicons.CommonCapitalized;
        if (e.AndConjunctions.Contains(w)) bits |= TokenLexicons.AndConjunction;
        if (_lex.English.Months.Contains(w)) bits |= TokenLexicons.Month;
        if (_lex.Organizations.NumberedUnitHeads.Contains(w)) bits |= TokenLexicons.NumberedUnitHead;
        if (_lex.Laws.YearHeads.Contains(w)) bits |= TokenLexicons.LawYearHead;
        if (e.OfPrepositions.Contains(w)) bits |= TokenLexicons.OfPreposition;
        if (_lex.Laws.LegislationHeads.Contains(w)) bits |= TokenLexicons.LegislationHead;
        if (e.DefiniteArticles.Contains(w)) bits |= TokenLexicons.DefiniteArticle;
        if (_lex.Organizations.Heads.Contains(trimmed) && char.IsUpper(w[0]) || _lex.Organizations.Suffixes.Contains(w)) bits |= TokenLexicons.OrganizationHead;
        if (_lex.Organizations.Heads.Contains(w)) bits |= TokenLexicons.OrganizationHeadWord;
        if (_lex.Titles.PersonTitles.Contains(w)) bits |= TokenLexicons.PersonTitle;
        if (_lex.Titles.Honorifics.Contains(trimmed)) bits |= TokenLexicons.HonorificTrimmed;
        if (_lex.Titles.Honorifics.Contains(w)) bits |= TokenLexicons.Honorific;
        if (_lex.Names.Nationalities.Contains(w)) bits |= TokenLexicons.Nationality;
        if (_lex.Names.Places.Contains(w)) bits |= TokenLexicons.Place;
        if (_lex.Names.GivenNames.Contains(w)) bits |= TokenLexicons.GivenName;
        if (e.ListSeparators.Contains(w)) bits |= TokenLexicons.ListSeparator;
        if (_lex.Organizations.Kinds.Contains(w)) bits |= TokenLexicons.OrganizationKind;
        if (_lex.Organizations.Openers.Contains(w)) bits |= TokenLexicons.OrganizationOpener;
        if (_lex.Laws.ProposedLawNouns.Contains(w)) bits |= TokenLexicons.ProposedLawNoun;
        if (e.OpenerPrepositions.Contains(w)) bits |= TokenLexicons.OpenerPreposition;
        if (e.PlacePrepositions.Contains(w)) bits |= TokenLexicons.PlacePreposition;
        if (_lex.Works.Heads.Contains(w)) bits |= TokenLexicons.WorkHead;
        if (_lex.Speech.SpeechVerbs.Contains(w)) bits |= TokenLexicons.SpeechVerb;
        if (WeekdayNames.Of(w) is not null) bits |= TokenLexicons.Weekday;
        if (_common.IsCommon(w)) bits |= TokenLexicons.Common;
        if (_lex.TitleWords.MayStartTitle(w)) bits |= TokenLexicons.TitleStart;
        if (_lex.TitleWords.IsScopeWord(w)) bits |= TokenLexicons.ScopeWord;
        if (_lex.Speech.Gerunds.Contains(w)) bits |= TokenLexicons.SpeechGerund;
        if (_lex.Speech.OpensSourceAfterPhrase(w)) bits |= TokenLexicons.SourceAfterOpener;
        if (_lex.Events.OpensTrigger(w)) bits |= TokenLexicons.TriggerOpener;
        if (_lex.Works.DocumentNouns.Contains(w)) bits |= TokenLexicons.DocumentNoun;
        if (_lex.Titles.Modifiers.Contains(w)) bits |= TokenLexicons.TitleModifier;
        if (_lex.TitleWords.OpensPersonTitle(w)) bits |= TokenLexicons.PersonTitleStart;
        if (_lex.DateStarters.MayStartDate(w)) bits |= TokenLexicons.DateStarter;
        if (_lex.Roles.OpensPhrase(w)) bits |= TokenLexicons.RolePhraseOpener;
        if (_lex.Works.PublishingVerbs.Contains(w)) bits |= TokenLexicons.PublishingVerb;
        return bits;
    }
}
