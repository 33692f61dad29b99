using Knowledge.Syntax;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// A document's full person names by the short forms that may stand for them: each surname form with the distinct
/// mentions that have it (in the order named), and each first name with the one person named so (none when
/// several are). Forms are looked up by span; a form becomes a string only the first time it is added.
/// </summary>
internal sealed class ShortFormIndex
{
    private readonly Dictionary<string, List<EntityMention>> _bySurname = new(StringComparer.Ordinal);
    // A first name shared by persons of different names maps to null: it links to nobody.
    private readonly Dictionary<string, EntityMention?> _byGiven = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, List<EntityMention>>.AlternateLookup<ReadOnlySpan<char>> _surnames;
    private readonly Dictionary<string, EntityMention?>.AlternateLookup<ReadOnlySpan<char>> _givens;

    public ShortFormIndex()
    {
        _surnames = _bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        _givens = _byGiven.GetAlternateLookup<ReadOnlySpan<char>>();
    }
#endif

    /// <summary>Surname lists of earlier documents, emptied, for the next forms (a list a surname form was most of the index's bytes).</summary>
    private readonly Stack<List<EntityMention>> _spareLists = new();

    /// <summary>
    /// A filter in front of <see cref="Holds"/>: one bit a form, by its length and its first and last characters. Most
    /// capitalised words of a document are no person's name, and a clear bit answers them without the two dictionaries.
    /// </summary>
    private readonly ulong[] _formBits = new ulong[FormBitWords];

    private const int FormBitWords = 16;

    /// <summary>Empties the index for another document, keeping its tables and lists.</summary>
    public void Clear()
    {
        Array.Clear(_formBits);
        foreach (var list in _bySurname.Values)
        {
            list.Clear();
            _spareLists.Push(list);
        }
        _bySurname.Clear();
        _byGiven.Clear();
    }

    /// <summary>Whether no full name was added.</summary>
    public bool IsEmpty => _bySurname.Count == 0 && _byGiven.Count == 0;

    /// <summary>Lists a mention under a surname form, once.</summary>
    public void AddSurnameForm(ReadOnlySpan<char> form, EntityMention m)
    {
        MarkForm(form);
        if (!TryGetSurname(form, out var list))
        {
            var fresh = _spareLists.Count > 0 ? _spareLists.Pop() : [];
            fresh.Add(m);
            _bySurname.Add(form.ToString(), fresh);
            return;
        }
        if (!list.Contains(m)) list.Add(m);
    }

    /// <summary>Lists a mention under its first name, unless a person of another name has it too.</summary>
    public void AddGivenName(ReadOnlySpan<char> given, EntityMention m)
    {
        MarkForm(given);
#if NET9_0_OR_GREATER
        if (!_givens.TryGetValue(given, out var first)) { _givens[given] = m; return; }
        if (first is not null && first.Name != m.Name) _givens[given] = null;
#else
        string key = given.ToString();
        if (!_byGiven.TryGetValue(key, out var first)) { _byGiven[key] = m; return; }
        if (first is not null && first.Name != m.Name) _byGiven[key] = null;
#endif
    }

    /// <summary>Whether a word is a surname form or a first name of the index (one that may resolve).</summary>
    public bool Holds(ReadOnlySpan<char> word) =>
#if NET9_0_OR_GREATER
        MayHold(word) && (_surnames.ContainsKey(word) || _givens.ContainsKey(word));
#else
        MayHold(word) && (_bySurname.ContainsKey(word.ToString()) || _byGiven.ContainsKey(word.ToString()));
#endif

    private void MarkForm(ReadOnlySpan<char> form)
    {
        int bit = FormBit(form);
        _formBits[bit >> 6] |= 1UL << bit;
    }

    /// <summary>False when no form added since the last <see cref="Clear"/> has the word's length and end characters.</summary>
    private bool MayHold(ReadOnlySpan<char> word)
    {
        int bit = FormBit(word);
        return (_formBits[bit >> 6] & (1UL << bit)) != 0;
    }

    private static int FormBit(ReadOnlySpan<char> form)
    {
        if (form.IsEmpty) return 0;
        uint mixed = (uint)form[0] * 0x9E3779B1u ^ (uint)form[^1] * 0x85EBCA77u ^ (uint)form.Length * 0xC2B2AE3Du;
        return (int)(mixed >> 22) & (FormBitWords * 64 - 1);
    }

    /// <summary>Whether a name is a surname form of some full name other than itself ("Cortez Masto" of "Catherine Cortez Masto").</summary>
    public bool SurnameFormOfAnother(string name)
    {
        if (!_bySurname.TryGetValue(name, out var list)) return false;
        foreach (var f in list)
            if (f.Name != name) return true;
        return false;
    }

    /// <summary>
    /// The full name a short form at <paramref name="at"/> stands for: by surname, the latest named before it (else the
    /// first named); by first name, the one person with it; null when none.
    /// </summary>
    public EntityMention? Resolve(ReadOnlySpan<char> word, int at)
    {
        if (TryGetSurname(word, out var list))
        {
            EntityMention? latest = null;
            foreach (var m in list)
                if (m.Start < at && (latest is null || m.Start > latest.Start)) latest = m;
            return latest ?? list[0];
        }
#if NET9_0_OR_GREATER
        return _givens.TryGetValue(word, out var given) ? given : null;
#else
        return _byGiven.TryGetValue(word.ToString(), out var given) ? given : null;
#endif
    }

    private bool TryGetSurname(ReadOnlySpan<char> form, out List<EntityMention> list)
    {
#if NET9_0_OR_GREATER
        return _surnames.TryGetValue(form, out list!);
#else
        return _bySurname.TryGetValue(form.ToString(), out list!);
#endif
    }
}
