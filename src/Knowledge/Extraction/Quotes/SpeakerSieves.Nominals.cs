using Knowledge.Lexicons;
using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>Speakers named by a role noun or a style of address next to the cue ("the minister said", "said His Highness"), resolved to the person they stand for.</summary>
internal sealed partial class SpeakerSieves
{
    /// <summary>
    /// The person a determined role-noun phrase right before the cue ("the minister said", "the agency's chief
    /// also said") or right after it ("said the minister") stands for, when the phrase holds no name of its own.
    /// </summary>
    private EntityMention? RoleNominalAround(int cue, int from, int to)
    {
        var doc = _doc;
        int j = cue - 1;
        while (j >= 0 && doc.Tokens[j].Start >= from && _lex.Quotes.InterposedWords.Contains(doc.SpanOf(doc.Tokens[j]))) j--;
        if (j >= 0 && doc.Tokens[j].Start >= from && StyleBefore(j, from) is { } bearer) return bearer;
        if (j >= 0 && doc.Tokens[j].Start >= from && _resolver.Roles.IsRoleNoun(doc.SpanOf(doc.Tokens[j])))
        {
            for (int np = j - 1; np >= 0 && np >= j - 3 && doc.Tokens[np].Start >= from; np--)
            {
                if (_lex.Quotes.Is(doc.SpanOf(doc.Tokens[np]), QuoteWordRole.NominalDeterminer))
                    return NamesNoOne(np, j) ? _resolver.Resolve(np, j, out _) : null;
                if (doc.Tokens[np].Kind is not (TokenKind.Word or TokenKind.Possessive or TokenKind.Abbreviation)) break;
            }
        }
        int k = cue + 1;
        if (StyleAfter(k, to) is { } styled) return styled;
        if (k < doc.Tokens.Length && doc.Tokens[k].End <= to && _lex.Quotes.Is(doc.SpanOf(doc.Tokens[k]), QuoteWordRole.NominalDeterminer))
        {
            for (int head = k + 1; head < doc.Tokens.Length && head <= k + 3 && doc.Tokens[head].End <= to; head++)
            {
                if (doc.Tokens[head].Kind is not (TokenKind.Word or TokenKind.Possessive or TokenKind.Abbreviation)) break;
                bool phraseEnds = head + 1 >= doc.Tokens.Length || doc.Tokens[head + 1].Kind is TokenKind.Terminal || doc.SpanOf(doc.Tokens[head + 1]) is ",";
                if (phraseEnds && _resolver.Roles.IsRoleNoun(doc.SpanOf(doc.Tokens[head])))
                    return NamesNoOne(k, head) ? _resolver.Resolve(k, head, out _) : null;
            }
        }
        return null;
    }

    /// <summary>
    /// The bearer of a style of address that ends at token <paramref name="last"/> and is the whole subject
    /// ("HH noted", "In his speech, His Highness said", "the Sheikh added"): the clause opens right before it.
    /// </summary>
    private EntityMention? StyleBefore(int last, int from)
    {
        int n = _resolver.Styles.LengthEndingAt(last, _doc.TokenIndexAtOrAfter(from));
        if (n == 0) return null;
        int first = last - n + 1;
        if (first - 1 >= 0 && _doc.Tokens[first - 1].Start >= from && _lex.Quotes.Is(_doc.SpanOf(_doc.Tokens[first - 1]), QuoteWordRole.NominalDeterminer)
            && !_lex.Quotes.Is(_doc.SpanOf(_doc.Tokens[first - 1]), QuoteWordRole.PersonPossessive)) first--;
        return OpensClause(first, from) ? _resolver.Style(first, last) : null;
    }

    /// <summary>The bearer of a style of address right after the cue that ends its phrase ("said His Excellency.", "said the Sheikh,").</summary>
    private EntityMention? StyleAfter(int k, int to)
    {
        var doc = _doc;
        for (int last = k; last < doc.Tokens.Length && last <= k + 4 && doc.Tokens[last].End <= to; last++)
        {
            bool phraseEnds = last + 1 >= doc.Tokens.Length || doc.Tokens[last + 1].Kind is TokenKind.Terminal || doc.SpanOf(doc.Tokens[last + 1]) is ",";
            if (phraseEnds) return _resolver.Style(k, last);
        }
        return null;
    }

    /// <summary>Whether token <paramref name="first"/> opens a clause: the segment's or sentence's start, or after a comma, colon or semicolon.</summary>
    private bool OpensClause(int first, int from)
    {
        if (first <= 0 || _doc.Tokens[first - 1].End <= from) return true;
        var prev = _doc.Tokens[first - 1];
        return prev.Kind is TokenKind.Terminal or TokenKind.CloseQuote || _doc.SpanOf(prev) is "," or ";" or ":";
    }

    /// <summary>Whether no person is named inside the tokens (a name makes the phrase a name, not a role noun).</summary>
    private bool NamesNoOne(int first, int last) =>
        !_doc.EntitiesWithin(_doc.Tokens[first].Start, _doc.Tokens[last].End).Any(e => e.Type == EntityType.Person);
}
