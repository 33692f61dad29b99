using System.Runtime.InteropServices;
using Knowledge.Syntax;

namespace Knowledge.Resolution;

/// <summary>
/// The identity keys of each distinct form a corpus names, by (type, name, key, same-as). Found by the name first, in
/// a dictionary of strings compared ordinally, which hashes them with the runtime's fast, non-randomized string hash;
/// then by the rest among the few forms sharing that name. A tuple of the four as a key hashed three strings with the
/// randomized (Marvin) hash on every mention.
/// </summary>
internal sealed class FormKeysCache
{
    // The forms of one name: most names have one, so a chain rather than a list.
    private sealed class Form(EntityType type, string? key, string? sameAs, string[] keys, Form? next)
    {
        public readonly EntityType Type = type;
        public readonly string? Key = key;
        public readonly string? SameAs = sameAs;
        public readonly string[] Keys = keys;
        public readonly Form? Next = next;
    }

    private readonly Dictionary<string, Form> _byName = new(StringComparer.Ordinal);

    /// <summary>How many distinct forms are cached.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The keys of the mention's form: those cached when the form was seen before (<paramref name="known"/> true),
    /// else the keys <paramref name="entityKeys"/> gives it, cached.
    /// </summary>
    public string[] GetOrAdd(EntityMention m, EntityKeys entityKeys, out bool known)
    {
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_byName, m.Name, out _);
        for (var form = first; form is not null; form = form.Next)
        {
            if (form.Type == m.Type && string.Equals(form.Key, m.Key, StringComparison.Ordinal)
                && string.Equals(form.SameAs, m.SameAs, StringComparison.Ordinal))
            {
                known = true;
                return form.Keys;
            }
        }
        known = false;
        string[] keys = [.. entityKeys.Of(m)];
        first = new Form(m.Type, m.Key, m.SameAs, keys, first);
        Count++;
        return keys;
    }
}
