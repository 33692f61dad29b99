namespace Knowledge.Lexicons;

/// <summary>The part of speech a common word is most often used in (the second column of models/english/common-words.txt).</summary>
internal enum CommonWordKind
{
    Noun,
    Verb,
    Adjective,
    Adverb,
}
