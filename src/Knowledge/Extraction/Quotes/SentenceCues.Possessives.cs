using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>
/// The head of a possessive speaker phrase speaks: in "according to the Harbor Trust's Office of Records" or
/// "said the Harbor Trust's Ana Cruz" the possessed unit or person is the source, the owner only says whose it is
/// (the relation stage links the unit PART_OF its owner).
/// </summary>
internal sealed partial class SentenceCues
{
    /// <summary>The speaker mention possessed by <paramref name="owner"/> ("OWNER's X"), followed down a chain of possessives; else the owner.</summary>
    private EntityMention PossessedBy(EntityMention owner)
    {
        var current = owner;
        for (int hops = 0; hops < 3; hops++)
        {
            int k = TokenOf(current.End);
            if (k + 1 >= _s.EndToken || T(k).Kind != TokenKind.Possessive || T(k).Start != current.End) break;
            int nextIndex = _resolver.SpeakerIndexAtOrAfter(T(k + 1).Start);
            var next = nextIndex < _resolver.Speakers.Count && _resolver.Speakers[nextIndex].Start == T(k + 1).Start ? _resolver.Speakers[nextIndex] : null;
            if (next is null) break;
            current = next;
        }
        return current;
    }
}
