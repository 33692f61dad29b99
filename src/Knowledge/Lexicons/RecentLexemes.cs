using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Knowledge.Lexicons;

/// <summary>
/// The lexemes one thread met last, in pairs of slots chosen by a hash of the form, a newer form taking its own slot
/// and pushing the form there to the pair's other one (a two-way set-associative cache): kept per thread in front of the shared <see cref="LexemeTable"/>, whose concurrent
/// dictionary's span lookup (a hash of every character through the comparer's interface, a walk of linked nodes, the
/// key string read to compare) was the costliest part of building a document's token table.
/// </summary>
/// <remarks>
/// A slot holds the form's first four and last four characters and its length, so a form of up to eight characters
/// (nine tokens in ten) is hashed and compared without a loop over its characters or a read of another object; a
/// longer one is compared with the table's own string of it, which the slot keeps (the cache keeps nothing alive that
/// the table does not).
/// </remarks>
internal sealed class RecentLexemes
{
    /// <summary>The slots of a thread's cache: the common words of a run of documents and most of their names.</summary>
    public const int DefaultSlots = 8192;

    /// <summary>
    /// The slots a thread's cache starts with: it grows (<see cref="IsFilled"/>) to <see cref="DefaultSlots"/> as it meets
    /// more forms, so a short run does not allocate (and touch, on the large-object heap) the whole 0.5 MB array.
    /// </summary>
    public const int FirstSlots = 512;

    /// <summary>The longest form the first and last four characters cover whole.</summary>
    private const int MostCoveredLength = 8;

    /// <summary>The slots by hash, then one slot for each one-character ASCII form (a fifth of all tokens: punctuation, "a", "I").</summary>
    private readonly Slot[] _slots;

    /// <summary>The number of slots by hash: the one-character forms' slots follow them.</summary>
    private readonly int _hashed;

    private readonly int _shift;

    private const int AsciiCount = 128;

    /// <param name="owner">The table whose lexemes the cache holds.</param>
    /// <param name="slots">A power of two.</param>
    public RecentLexemes(LexemeTable owner, int slots = DefaultSlots)
    {
        if (slots < 2 || (slots & (slots - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(slots), slots, "A power of two of at least 2.");
        Owner = owner;
        _hashed = slots;
        _slots = new Slot[slots + AsciiCount];
        // No form has a negative length: an empty slot matches nothing, the empty form included.
        for (int i = 0; i < _slots.Length; i++) _slots[i].Length = -1;
        _shift = 64 - int.Log2(slots);
    }

    /// <summary>The table the lexemes came from.</summary>
    public LexemeTable Owner { get; }

    /// <summary>The number of slots by hash.</summary>
    public int Slots => _hashed;

    /// <summary>Whether the cache has been given as many forms as it has slots, so a larger one would keep more of them.</summary>
    public bool IsFilled => _remembered >= _hashed;

    private int _remembered;

    /// <summary>The slot a form of more than one character, or of a non-ASCII one, goes in (it may move to the other slot of its pair, <c>^ 1</c>).</summary>
    public int SlotOf(ReadOnlySpan<char> form) => SlotOf(Head(form), Tail(form), form.Length);

    /// <summary>The lexeme remembered for the form, if its slot holds this form.</summary>
    public bool TryGet(ReadOnlySpan<char> form, out Lexeme lexeme)
    {
        int index = IndexOf(form);
        lexeme = index >= 0 ? _slots[index].Lexeme : default;
        return index >= 0;
    }

    /// <summary>The slot that holds the form, or -1 when neither slot of its pair does.</summary>
    public int IndexOf(ReadOnlySpan<char> form)
    {
        if (form.Length == 1 && form[0] < AsciiCount)
        {
            int own = _hashed + form[0];
            return _slots[own].Length == 1 ? own : -1;
        }
        ulong head = Head(form), tail = Tail(form);
        int index = SlotOf(head, tail, form.Length);
        if (Holds(index, form, head, tail)) return index;
        index ^= 1;
        return Holds(index, form, head, tail) ? index : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Holds(int index, ReadOnlySpan<char> form, ulong head, ulong tail)
    {
        ref readonly var slot = ref _slots[index];
        return slot.Length == form.Length && slot.Head == head && slot.Tail == tail
            && (form.Length <= MostCoveredLength || form.SequenceEqual(slot.Form));
    }

    /// <summary>The lexeme in a slot that holds a form (<see cref="IndexOf"/>).</summary>
    public Lexeme LexemeAt(int index) => _slots[index].Lexeme;

    /// <summary>
    /// A number the caller keeps beside the form while the form holds the slot: 0 when the form took it. The token table
    /// keeps there what it made of the form in the document it is building, so a repeated token costs one lookup.
    /// </summary>
    public ref long NoteAt(int index) => ref _slots[index].Note;

    /// <summary>
    /// Remembers a form's lexeme in its slot, returned (as <see cref="IndexOf"/> would now find it); the form there moves
    /// to the pair's other slot, whose form is forgotten.
    /// </summary>
    public int Remember(string form, Lexeme lexeme)
    {
        _remembered++;
        ulong head = Head(form), tail = Tail(form);
        if (form.Length == 1 && form[0] < AsciiCount)
        {
            int own = _hashed + form[0];
            _slots[own] = new Slot { Head = head, Length = 1, Form = form, Lexeme = lexeme };
            return own;
        }
        int index = SlotOf(head, tail, form.Length);
        // The form the slot held moves, with its note, to the pair's other slot, in place of the older form there.
        if (_slots[index].Length >= 0) _slots[index ^ 1] = _slots[index];
        _slots[index] = new Slot { Head = head, Tail = tail, Length = form.Length, Form = form, Lexeme = lexeme };
        return index;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(ulong head, ulong tail, int length)
    {
        ulong hash = (head + (ulong)length) * 0x9E3779B97F4A7C15UL ^ tail * 0xC2B2AE3D27D4EB4FUL;
        hash ^= hash >> 29;
        return (int)((hash * 0x9E3779B97F4A7C15UL) >> _shift);
    }

    /// <summary>The first four characters (fewer, zero-padded, in a shorter form), two bytes each.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Head(ReadOnlySpan<char> form)
    {
        // A form of two or three characters ("of", "the": a third of all tokens) is read whole, not a character at a time.
        var bytes = MemoryMarshal.AsBytes(form);
        return form.Length switch
        {
            >= 4 => MemoryMarshal.Read<ulong>(bytes),
            3 => MemoryMarshal.Read<uint>(bytes) | (ulong)form[2] << 32,
            2 => MemoryMarshal.Read<uint>(bytes),
            1 => form[0],
            _ => 0,
        };
    }

    /// <summary>The last four characters of a form longer than four (with <see cref="Head"/>, all of one up to eight long); 0 for a shorter one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Tail(ReadOnlySpan<char> form) =>
        form.Length > 4 ? MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(form[^4..])) : 0;

    private struct Slot
    {
        public ulong Head;
        public ulong Tail;
        public string? Form;
        public Lexeme Lexeme;
        public long Note;
        public int Length;
    }
}
