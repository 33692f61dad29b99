namespace Knowledge.Extraction.Entities;

/// <summary>
/// A run of capitalised tokens in one sentence, possibly joined by lower-case connectors
/// ("of", "for", "to", "and", "de"): the candidate that recognisers classify.
/// </summary>
/// <param name="FirstToken">Index of its first token in the Doc.</param>
/// <param name="EndToken">Index one past its last token.</param>
internal readonly record struct NameChunk(int FirstToken, int EndToken)
{
    public int Count => EndToken - FirstToken;
}
