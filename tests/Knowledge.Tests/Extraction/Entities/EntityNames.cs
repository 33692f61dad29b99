using Knowledge.Extraction.Entities;
using Knowledge.Syntax;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>The names the entity stage finds in a text written in a spec, by type.</summary>
internal static class EntityNames
{
    /// <summary>The organisation names found by the pipeline up to the entity recogniser.</summary>
    public static List<string> Organizations(string text) =>
        Analyse.Through<EntityRecognizer>(text).Entities.Where(e => e.Type == EntityType.Organization).Select(e => e.Name).ToList();

    /// <summary>The organisation names the entity recogniser is sure of (weak candidates left out).</summary>
    public static List<string> ConfirmedOrganizations(string text) =>
        Analyse.Through<EntityRecognizer>(text).Entities.Where(e => e.Type == EntityType.Organization && !e.IsWeak).Select(e => e.Name).ToList();
}
