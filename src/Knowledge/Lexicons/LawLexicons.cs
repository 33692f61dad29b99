using System.Collections.Immutable;

namespace Knowledge.Lexicons;

/// <summary>Words for laws, and the citation patterns of each jurisdiction.</summary>
public sealed class LawLexicons
{
    /// <summary>Where jurisdiction packs live: models/jurisdictions/&lt;code&gt;/citations.txt.</summary>
    private const string JurisdictionFolder = "jurisdictions/";
    private const string CitationTable = "/citations";

    internal LawLexicons(LexiconLoader load)
    {
        Heads = load.List("laws/heads");
        LegislationHeads = load.List("laws/legislation-heads", caseSensitive: true);
        YearHeads = load.List("laws/year-heads", caseSensitive: true);
        AntiLawNouns = load.List("laws/anti-law-nouns", caseSensitive: true);
        ProposalWords = load.List("laws/proposal-words", caseSensitive: true);
        ProposedLawNouns = load.List("laws/proposed-law-nouns", caseSensitive: true);
        PurposeWords = load.List("laws/purpose-words", caseSensitive: true);
        EquivalencePhrases = load.List("laws/equivalence-phrases", caseSensitive: true);
        FootnoteMarks = load.List("laws/footnote-marks", caseSensitive: true);
        Citations = [.. LexiconSet.EmbeddedNames
            .Where(n => n.StartsWith(JurisdictionFolder, StringComparison.Ordinal) && n.EndsWith(CitationTable, StringComparison.Ordinal))
            .SelectMany(n => LawCitationPattern.Parse(n[JurisdictionFolder.Length..^CitationTable.Length], load.Table(n)))];
    }

    /// <summary>Words that head a law's name ("Act", "Bill", "Ordinance"). (models/laws/heads.txt)</summary>
    public Lexicon Heads { get; }

    /// <summary>Heads of an act's or a bill's name that an expansion or "of" and a year may come before ("Act", "Bill"). (models/laws/legislation-heads.txt)</summary>
    public Lexicon LegislationHeads { get; }

    /// <summary>Law heads a year may follow directly inside a name ("Act 2018", "Code 1930"). (models/laws/year-heads.txt)</summary>
    public Lexicon YearHeads { get; }

    /// <summary>Nouns after "Anti-…" that make a law's name ("law"). (models/laws/anti-law-nouns.txt)</summary>
    public Lexicon AntiLawNouns { get; }

    /// <summary>Words before a proposed law described by its purpose ("proposed", "draft"). (models/laws/proposal-words.txt)</summary>
    public Lexicon ProposalWords { get; }

    /// <summary>Lower-case nouns for a law instrument in a proposal ("regulation", "bill"). (models/laws/proposed-law-nouns.txt)</summary>
    public Lexicon ProposedLawNouns { get; }

    /// <summary>The word that introduces a proposed law's purpose ("to"). (models/laws/purpose-words.txt)</summary>
    public Lexicon PurposeWords { get; }

    /// <summary>Phrases between two names of one law ("or", "also known as"). (models/laws/equivalence-phrases.txt)</summary>
    public Lexicon EquivalencePhrases { get; }

    /// <summary>Footnote marks glued to a word of a law's name ("Anti-Fraud* Law"), left out of the name. (models/laws/footnote-marks.txt)</summary>
    internal Lexicon FootnoteMarks { get; }

    /// <summary>
    /// The legal-citation patterns of every jurisdiction pack (models/jurisdictions/&lt;code&gt;/citations.txt),
    /// packs in name order and patterns in file order: adding a jurisdiction is adding its file.
    /// </summary>
    public ImmutableArray<LawCitationPattern> Citations { get; }
}
