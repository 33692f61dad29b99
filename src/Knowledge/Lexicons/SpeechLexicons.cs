namespace Knowledge.Lexicons;

/// <summary>Words that report speech.</summary>
public sealed class SpeechLexicons
{
    internal SpeechLexicons(LexiconLoader load)
    {
        SpeechVerbs = load.List("speech/speech-verbs");
    }

    /// <summary>Speech verbs and cues ("said", "according to"). (models/speech/speech-verbs.txt)</summary>
    public Lexicon SpeechVerbs { get; }
}
