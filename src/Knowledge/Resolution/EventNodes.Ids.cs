using Knowledge.Graph;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>Event node ids: written in one buffer from the type, date and participants (or document and summary), made unique in the document.</summary>
internal sealed partial class EventNodes
{
    /// <summary>
    /// "event:&lt;type&gt;:&lt;yyyy-MM-dd&gt;:&lt;participants&gt;" for an event dated to the day with named
    /// participants; else "event:&lt;type&gt;:&lt;date or undated&gt;:&lt;doc&gt;:&lt;main participant or summary&gt;".
    /// Written in one buffer, made a string once: the participants joined, their slug and the id were three strings.
    /// </summary>
    private static string NodeId(KnowledgeGraphBuilder builder, string safeDocId, EventMention first, string? iso,
        List<string> participantIds, HashSet<string> used, out int knownNumber)
    {
        string type = TypeIdParts[first.EventType];
        string date = iso ?? "undated";
        bool byParticipants = first.Date?.Precision == DatePrecision.Day && participantIds.Count > 0;
        int max = byParticipants ? 80 : 40;
        int length = "event:".Length + type.Length + 1 + date.Length + 1 + (byParticipants ? 0 : safeDocId.Length + 1) + max;
        Span<char> buffer = length <= 512 ? stackalloc char[512] : new char[length];
        var id = new SpanWriter(buffer);
        id.Append("event:");
        id.Append(type);
        id.Append(':');
        id.Append(date);
        id.Append(':');
        var slug = new SlugWriter(buffer.Slice(id.Length, max));
        if (byParticipants)
        {
            // The participants' ids without their type, joined by '+', as a slug of at most 80 characters.
            int joined = 0;
            foreach (var p in participantIds)
            {
                if (slug.IsFull) break;
                if (joined > 0) slug.Append("+");
                var name = p.AsSpan(p.IndexOf(':') + 1);
                slug.Append(name);
                joined += name.Length;
            }
        }
        else
        {
            id.Append(safeDocId);
            id.Append(':');
            slug = new SlugWriter(buffer.Slice(id.Length, max));
            slug.Append(participantIds.Count > 0 ? participantIds[0].AsSpan(participantIds[0].IndexOf(':') + 1) : first.Summary.AsSpan());
        }
        var written = buffer[..(id.Length + slug.Written.Length)];
        // An event told again (by another document) has its id in the builder already: the stored string is reused,
        // with its number, rather than made again and hashed twice more.
        string? known = builder.KnownId(written, out knownNumber);
        if (known is null) knownNumber = NotNamed;
        string unique = known ?? new string(written);
        if (used.Add(unique)) return unique;
        knownNumber = Unknown;
        string stem = unique;
        for (int n = 2; !used.Add(unique); n++) unique = $"{stem}-{n}";
        return unique;
    }

    // Characters written one part after another into a buffer.
    private ref struct SpanWriter(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;

        public int Length { get; private set; }

        public void Append(ReadOnlySpan<char> text)
        {
            text.CopyTo(_buffer[Length..]);
            Length += text.Length;
        }

        public void Append(char c) => _buffer[Length++] = c;
    }

    /// <summary>
    /// Lower-case ASCII letters and digits, other runs as one '-', at most as many characters as the buffer holds, no
    /// '-' at either end: the slug of the text appended, part after part, as of the parts joined.
    /// </summary>
    private ref struct SlugWriter(Span<char> buffer)
    {
        private readonly Span<char> _slug = buffer;
        private int _length;

        public readonly bool IsFull => _length >= _slug.Length;

        // No '-' can lead (one is written only after a letter or digit); a trailing one is left out.
        public readonly ReadOnlySpan<char> Written => _slug[.._length].TrimEnd('-');

        public void Append(ReadOnlySpan<char> text)
        {
            foreach (char c in text)
            {
                if (IsFull) return;
                // Each character lowered alone, as the whole text lowered would have it (invariant lowering maps one UTF-16 unit to one).
                char lower = char.ToLowerInvariant(c);
                if (char.IsAsciiLetterOrDigit(lower)) _slug[_length++] = lower;
                else if (_length > 0 && _slug[_length - 1] != '-') _slug[_length++] = '-';
            }
        }
    }
}
