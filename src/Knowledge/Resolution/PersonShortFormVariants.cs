using System.Runtime.InteropServices;
using Knowledge.Graph;
using Knowledge.Syntax;
using Knowledge.Text;

namespace Knowledge.Resolution;

/// <summary>
/// Joins a person's name that opens with a short form of a given name to the full form with the same
/// surname ("Bill Ardent" and "William Ardent Jr."; short forms from models/names/hypocoristics.txt) when the short
/// form has only one reading: one given name it shortens, one generational suffix (a suffix on one form and none
/// on the other is no conflict; "Jr." and "Sr." are two people), and no middle name that differs. Within one
/// document that is enough. Across documents a short form alone is not ("Tom Reyes" in one story and "Thomas
/// Reyes" in another may be two people): the reading must be the only one in the whole collection, and a document
/// naming the short form and one naming the full form must share an organisation — the two stories are about the
/// same circle. A curation file can still join or split them by hand.
/// </summary>
internal static class PersonShortFormVariants
{
    /// <summary>
    /// Unites the key of each short-form name with the keys of its only full reading in a document that
    /// names both; returns the pairs joined.
    /// </summary>
    public static IReadOnlyList<(string Short, string Full)> Link(UnionFind uf, IEnumerable<(string DocId, EntityMention M)> mentions, PersonNames people)
    {
        var fullForms = people.FullFormsOfShortForms;
        // Each document's distinct names (as written in the mentions), read.
        var byDocument = new Dictionary<string, List<PersonName>>(StringComparer.Ordinal);
        // A document's mentions come together: its entry is looked up when the document changes, not per mention, and
        // one set of the names seen serves every document in turn. A document sharing the id of an earlier one may
        // add a name again: a repeated name finds the same readings, and the pairs are a set.
        string? lastDocId = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<PersonName> namesOfDoc = null!;
        foreach (var (docId, m) in mentions)
        {
            if (m.Type != EntityType.Person || !m.Name.Contains(' ')) continue;
            if (!ReferenceEquals(docId, lastDocId))
            {
                ref var ofDoc = ref CollectionsMarshal.GetValueRefOrAddDefault(byDocument, docId, out _);
                (namesOfDoc, lastDocId) = (ofDoc ??= [], docId);
                seen.Clear();
            }
            if (seen.Add(m.Name) && people.Of(m.Name).Parts is { } name) namesOfDoc.Add(name);
        }
        var joined = new SortedSet<(string, string)>();
        foreach (var names in byDocument.Values)
            foreach (var n in names)
            {
                if (OnlyReading(n, names, fullForms) is not { } readings) continue;
                foreach (var f in readings) joined.Add((n.Key, f.Key));
            }
        foreach (var (shortKey, fullKey) in joined) uf.Union(shortKey, fullKey);
        return [.. joined];
    }

    /// <summary>
    /// Unites the key of each short-form name with its only full reading anywhere in the collection when a
    /// document naming the one and a document naming the other share an organisation (<paramref name="organizationsOf"/>
    /// gives a document's resolved organisations); returns the pairs joined.
    /// </summary>
    public static IReadOnlyList<(string Short, string Full)> LinkAcrossDocuments(UnionFind uf, IEnumerable<(string DocId, EntityMention M)> mentions,
        PersonNames people, Func<string, IReadOnlyList<string>> organizationsOf)
    {
        var fullForms = people.FullFormsOfShortForms;
        // Each name's documents, in order, each once (a list: they are only read as a set of organisations).
        var documentsOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var names = new Dictionary<string, PersonName>(StringComparer.Ordinal);
        // A name is named again and again in one document: its key is looked up when the name changes, not per mention,
        // and its documents come in order, so a document already listed is the last one.
        PersonName? lastName = null;
        List<string> docs = null!;
        foreach (var (docId, m) in mentions)
        {
            if (m.Type != EntityType.Person || m.IsWeak || !m.Name.Contains(' ')) continue;
            if (people.Of(m.Name).Parts is not { } name) continue;
            if (!ReferenceEquals(name, lastName))
            {
                ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(documentsOf, name.Key, out bool exists);
                if (!exists)
                {
                    names.Add(name.Key, name);
                    known = [];
                }
                (docs, lastName) = (known!, name);
            }
            if (docs.Count == 0 || docs[^1] != docId) docs.Add(docId);
        }
        // Only a name whose given name is a short form can have a reading: those, by key, and the names sharing their
        // surnames, in the order first named (grouping every name of the corpus by surname made a list per surname).
        var shortNames = new List<PersonName>();
        var bySurname = new Dictionary<string, List<PersonName>>(StringComparer.Ordinal);
        foreach (var n in names.Values)
            if (fullForms.ContainsKey(n.Given))
            {
                shortNames.Add(n);
                bySurname.TryAdd(n.Surname, []);
            }
        foreach (var n in names.Values)
            if (bySurname.TryGetValue(n.Surname, out var sameSurname)) sameSurname.Add(n);
        shortNames.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var joined = new SortedSet<(string, string)>();
        foreach (var n in shortNames)
        {
            if (OnlyReading(n, bySurname[n.Surname], fullForms) is not { } readings) continue;
            if (uf.Find(n.Key) == uf.Find(readings[0].Key)) continue;
            var shortOrganizations = new HashSet<string>(documentsOf[n.Key].SelectMany(organizationsOf), StringComparer.Ordinal);
            if (!readings.Any(f => documentsOf[f.Key].SelectMany(organizationsOf).Any(shortOrganizations.Contains))) continue;
            foreach (var f in readings) joined.Add((n.Key, f.Key));
        }
        foreach (var (shortKey, fullKey) in joined) uf.Union(shortKey, fullKey);
        return [.. joined];
    }

    /// <summary>
    /// The full forms among <paramref name="candidates"/> that a short-form name can stand for — same surname, a given
    /// name it shortens, compatible middle names and suffix — when they are one reading: one given name and at most
    /// one suffix. Null when there is none or more than one.
    /// </summary>
    private static List<PersonName>? OnlyReading(PersonName name, List<PersonName> candidates, Dictionary<string, HashSet<string>> fullForms)
    {
        if (!fullForms.TryGetValue(name.Given, out var givens)) return null;
        // A loop, not a query: it runs per short-form name and document, and most find nothing to list.
        List<PersonName>? readings = null;
        string? suffix = null;
        foreach (var f in candidates)
        {
            if (f.Surname != name.Surname || !givens.Contains(f.Given) || !Compatible(name.Middle, f.Middle) || !Compatible(name.Suffix, f.Suffix)) continue;
            // A second given name, or a second suffix, is a second reading.
            if (readings is not null && f.Given != readings[0].Given) return null;
            if (f.Suffix is not null)
            {
                if (suffix is not null && suffix != f.Suffix) return null;
                suffix = f.Suffix;
            }
            (readings ??= []).Add(f);
        }
        return readings;
    }

    /// <summary>Two parts agree when they are equal or one is absent.</summary>
    private static bool Compatible(string? a, string? b) => string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b) || a == b;
}
