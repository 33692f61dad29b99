using Knowledge.Syntax;

namespace Knowledge.Extraction.Quotes;

/// <summary>Groups and organisations: the organisation a plural pronoun or group nominal stands for, and the publisher the narrative's "we" is.</summary>
internal sealed partial class SourceResolver
{
    /// <summary>The group or organisation a plural pronoun or group nominal stands for.</summary>
    public EntityMention? Group(int offset, IReadOnlyList<string> nominalWords, out bool resolved)
    {
        resolved = false;
        var orgs = OrganizationsBy(offset);
        if (orgs.Count == 0) return null;
        if (nominalWords.Count > 0)
        {
            // A nominal's stems are few (its words after the determiner): a list, and nothing per organisation's word.
            var stems = new List<string>(nominalWords.Count);
            foreach (var w in nominalWords)
                if (w.Length >= 4 && !_lex.Names.Places.Contains(w) && !_lex.Names.Nationalities.Contains(w)) stems.Add(Stem(w));
            var sharing = _sharing ??= [];
            sharing.Clear();
            foreach (var o in orgs)
                if (SharesStem(o.Name, stems)) sharing.Add(o);
            if (sharing.Count == 0) return null;
            resolved = true;
            return MostMentioned(sharing, orgs);
        }
        // "they": the nearest organisation before that opened a sentence as its subject, in this or the previous two paragraphs.
        int block = _doc.BlockIndexAt(offset);
        for (int k = orgs.Count - 1; k >= 0; k--)
            if (_doc.BlockIndexAt(orgs[k].Start) >= block - 2 && OpensSentence(orgs[k])) { resolved = true; return orgs[k]; }
        // Else the organisation the document is about: the one mentioned most, at least three times.
        return Publisher(orgs, out resolved);
    }

    /// <summary>The organisation mentioned most before the offset, when it is mentioned at least three times.</summary>
    public EntityMention? Publisher(int offset, out bool resolved) => Publisher(OrganizationsBy(offset), out resolved);

    private static EntityMention? Publisher(List<EntityMention> orgs, out bool resolved)
    {
        var main = orgs.Count == 0 ? null : MostMentioned(orgs, orgs);
        resolved = main is not null && CountSame(orgs, main) >= 3;
        return resolved ? main : null;
    }

    // The organisations among the speakers ending by the offset, in text order: refilled into one list per document
    // (each pronoun or group nominal asks, and its answer is read before the next question).
    private List<EntityMention> OrganizationsBy(int offset)
    {
        var orgs = _organizations ??= [];
        orgs.Clear();
        foreach (var e in _speakers)
            if (e.Type == EntityType.Organization && e.End <= offset) orgs.Add(e);
        return orgs;
    }

    private List<EntityMention>? _organizations, _sharing;

    /// <summary>Whether a word of the name (split at single spaces, as <c>Split(' ')</c> splits it) has one of the stems, each stem made in place.</summary>
    private static bool SharesStem(string name, List<string> stems)
    {
        if (stems.Count == 0) return false;
        Span<char> lower = stackalloc char[64];
        var rest = name.AsSpan();
        while (true)
        {
            int space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            var stem = word.Length <= lower.Length ? StemOf(word, lower) : Stem(word.ToString());
            foreach (var s in stems)
                if (stem.SequenceEqual(s)) return true;
            if (space < 0) return false;
            rest = rest[(space + 1)..];
        }
    }

    /// <summary><see cref="Stem"/> of a word, written into <paramref name="buffer"/> (at least the word's length).</summary>
    private static ReadOnlySpan<char> StemOf(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = word.ToLowerInvariant(buffer);
        var s = ((ReadOnlySpan<char>)buffer[..n]).TrimEnd('s');
        return s.Length > 6 ? s[..6] : s;
    }

    /// <summary>The mention of the entity mentioned most often among <paramref name="candidates"/>, counting acronyms whose letters spell its name; the latest on a tie.</summary>
    private static EntityMention MostMentioned(List<EntityMention> candidates, List<EntityMention> all)
    {
        EntityMention best = candidates[^1];
        int bestCount = -1;
        for (int k = candidates.Count - 1; k >= 0; k--)
        {
            var c = candidates[k];
            int count = CountSame(all, c);
            if (count > bestCount) (best, bestCount) = (c, count);
        }
        return best;
    }

    // How many of the mentions name the organisation (a loop: asked for every candidate).
    private static int CountSame(List<EntityMention> mentions, EntityMention organization)
    {
        int count = 0;
        foreach (var o in mentions)
            if (SameOrganization(o, organization)) count++;
        return count;
    }

    private static bool SameOrganization(EntityMention a, EntityMention b) =>
        a.Name.Equals(b.Name, StringComparison.OrdinalIgnoreCase) || InitialsAre(a.Name, b.Name) || InitialsAre(b.Name, a.Name);

    /// <summary>Whether the first letters of the capitalised words of <paramref name="name"/> spell <paramref name="initials"/>, read without copying.</summary>
    private static bool InitialsAre(string name, string initials)
    {
        int k = 0;
        for (int i = 0; i < name.Length;)
        {
            if (name[i] == ' ') { i++; continue; }
            if (char.IsUpper(name[i]) && (k >= initials.Length || initials[k++] != name[i])) return false;
            while (i < name.Length && name[i] != ' ') i++;
        }
        return k == initials.Length;
    }

    private static string Stem(string w)
    {
        var s = w.ToLowerInvariant().TrimEnd('s');
        return s.Length > 6 ? s[..6] : s;
    }

    private bool OpensSentence(EntityMention m)
    {
        int si = _doc.SentenceIndexAt(m.Start);
        if (si < 0) return false;
        var s = _doc.Sentences[si];
        int words = 0;
        for (int i = s.FirstToken; i < s.EndToken && _doc.Tokens[i].Start < m.Start; i++)
            if (_doc.Tokens[i].Kind == TokenKind.Word) words++;
        return words <= 1;
    }
}
