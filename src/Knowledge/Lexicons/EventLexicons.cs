namespace Knowledge.Lexicons;

/// <summary>Words that tell events.</summary>
public sealed class EventLexicons
{
    internal EventLexicons(LexiconLoader load)
    {
        Triggers = load.List("events/triggers");
    }

    /// <summary>Event trigger words with the event type they give. (models/events/triggers.txt)</summary>
    public Lexicon Triggers { get; }
}
