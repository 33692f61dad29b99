namespace Knowledge.Lexicons;

/// <summary>Words for created works: reports, studies, podcasts, and the verbs that bring them out.</summary>
public sealed class WorkLexicons
{
    internal WorkLexicons(LexiconLoader load)
    {
        Heads = load.List("works/heads");
        DocumentNouns = load.List("works/document-nouns");
        PublishingVerbs = load.List("works/publishing-verbs");
    }

    /// <summary>Words that head a work's name ("Report", "Study"). (models/works/heads.txt)</summary>
    public Lexicon Heads { get; }

    /// <summary>Nouns for documents that "say" things ("the report says", "the study found"). (models/works/document-nouns.txt)</summary>
    public Lexicon DocumentNouns { get; }

    /// <summary>Verbs by which an organisation or person brings out a document ("released", "published"). (models/works/publishing-verbs.txt)</summary>
    public Lexicon PublishingVerbs { get; }
}
