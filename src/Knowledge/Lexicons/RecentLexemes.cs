namespace Knowledge.Lexicons;

/// <summary>
/// The lexemes one thread met last, one slot a hash of the form, a newer form taking an older one's slot (a
/// direct-mapped cache): kept per thread in front of the shared <see cref="LexemeTable"/>, whose concurrent
/// dictionary's span lookup (a hash through the comparer's interface, a walk of linked nodes) was the costliest part
/// of building a document's token table. A slot holds the table's own string of the form, so the cache keeps nothing
/// alive that the table does not.
/// </summary>
internal sealed class RecentLexemes
{
    /// <summary>The slots of a thread's cache: the common words of a run of documents and most of their names.</summary>
    public const int DefaultSlots = 8192;

    private readonly string?[] _forms;
    private readonly Lexeme[] _lexemes;
    private readonly int _shift;

    /// <param name="owner">The table whose lexemes the cache holds.</param>
    /// <param name="slots">A power of two.</param>
    public RecentLexemes(LexemeTable owner, int slots = DefaultSlots)
    {
        if (slots < 2 || (slots & (slots - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(slots), slots, "A power of two of at least 2.");
        Owner = owner;
        _forms = new string?[slots];
        _lexemes = new Lexeme[slots];
        _shift = 32 - int.Log2(slots);
    }

    /// <summary>The table the lexemes came from.</summary>
    public LexemeTable Owner { get; }

    /// <summary>The slot of a form: an FNV-1a hash of its characters, its top bits after a multiplicative mix.</summary>
    public int SlotOf(ReadOnlySpan<char> form)
    {
        uint hash = 2166136261u ^ (uint)form.Length;
        foreach (char c in form) hash = (hash ^ c) * 16777619u;
        return (int)((hash * 2654435769u) >> _shift);
    }

    /// <summary>The lexeme remembered for the form in its slot, if that slot holds this form.</summary>
    public bool TryGet(int slot, ReadOnlySpan<char> form, out Lexeme lexeme)
    {
        if (_forms[slot] is { } known && form.SequenceEqual(known))
        {
            lexeme = _lexemes[slot];
            return true;
        }
        lexeme = default;
        return false;
    }

    /// <summary>Remembers a form's lexeme in its slot (<see cref="SlotOf"/>), in place of the form there.</summary>
    public void Remember(int slot, string form, Lexeme lexeme)
    {
        _forms[slot] = form;
        _lexemes[slot] = lexeme;
    }
}
