namespace Knowledge.Lexicons;

/// <summary>Words for created works: reports, studies, podcasts, and the verbs that bring them out.</summary>
public sealed class WorkLexicons
{
    internal WorkLexicons(LexiconLoader load)
    {
        Heads = load.List("works/heads");
        DocumentNouns = load.Table("works/document-nouns");
        DescribedDocumentNouns = InClass(DocumentNouns, "described");
        ReleasedDocumentNouns = InClass(DocumentNouns, "released");
        PublishingVerbs = load.Table("works/publishing-verbs");
        PublisherVerbs = InClass(PublishingVerbs, "publisher");
        DatedReleaseVerbs = InClass(PublishingVerbs, "dated-release");
    }

    /// <summary>Words that head a work's name ("Report", "Study"). (models/works/heads.txt)</summary>
    public Lexicon Heads { get; }

    /// <summary>Nouns for documents that "say" things, with their classes ("report", "described,released"). (models/works/document-nouns.txt)</summary>
    public LexiconTable DocumentNouns { get; }

    /// <summary>Document nouns of the class "described". (models/works/document-nouns.txt)</summary>
    internal Lexicon DescribedDocumentNouns { get; }

    /// <summary>Document nouns of the class "released". (models/works/document-nouns.txt)</summary>
    internal Lexicon ReleasedDocumentNouns { get; }

    /// <summary>Verbs that bring out a document, with their classes ("released", "publisher,dated-release"). (models/works/publishing-verbs.txt)</summary>
    public LexiconTable PublishingVerbs { get; }

    /// <summary>Publishing verbs of the class "publisher". (models/works/publishing-verbs.txt)</summary>
    internal Lexicon PublisherVerbs { get; }

    /// <summary>Publishing verbs of the class "dated-release". (models/works/publishing-verbs.txt)</summary>
    internal Lexicon DatedReleaseVerbs { get; }

    private static Lexicon InClass(LexiconTable table, string name) =>
        new($"{table.Name}:{name}", table.Rows.Where(r => r.Length > 1 && r[1].Split(',', StringSplitOptions.TrimEntries).Contains(name, StringComparer.Ordinal)).Select(r => r[0]));
}
