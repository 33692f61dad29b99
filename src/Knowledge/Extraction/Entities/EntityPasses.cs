using Knowledge.Extraction.Laws;
using Knowledge.Lexicons;

namespace Knowledge.Extraction.Entities;

/// <summary>
/// The default entity passes, in the order they run: the one place that shows what the
/// <see cref="EntityRecognizer"/> does. Laws written by number or by a fixed form come first (their
/// words are then taken), then capitalised runs are classified, the organisations' names are
/// shaped, acronyms and short forms are linked, and laws are linked last.
/// </summary>
public static class EntityPasses
{
    /// <summary>The default passes over the default lexicons.</summary>
    public static EntityPassList CreateDefault() => CreateDefault(LexiconSet.Default);

    /// <summary>The default passes over the given lexicons, as a new list the caller may change.</summary>
    public static EntityPassList CreateDefault(LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var citations = new LawCitations(lexicons);
        var laws = new LawRules(lexicons);
        var names = new NameClassifier(lexicons);
        var orgs = new OrganizationRules(lexicons);
        var orgContext = new OrganizationContext(lexicons);
        var acronyms = new AcronymLinker(lexicons);
        var shortForms = new PersonShortForms(lexicons);
        var equivalence = new LawEquivalence(lexicons);
        return
        [
            new EntityPass(EntityPassNames.LawCitations, citations.FindInText),
            new EntityPass(EntityPassNames.ExpandedAcronymActs, laws.FindExpandedActs),
            new EntityPass(EntityPassNames.AntiLaws, laws.FindAntiLaws),
            new EntityPass(EntityPassNames.ProposedLaws, laws.FindProposed),
            new EntityPass(EntityPassNames.CapitalizedNames, names.FindNames),
            new EntityPass(EntityPassNames.OrganizationUnits, (doc, found) => OrganizationUnits.Join(doc, found, orgs)),
            new EntityPass(EntityPassNames.WorkAppositives, (doc, found) => WorkAppositives.Retype(doc, found, lexicons)),
            new EntityPass(EntityPassNames.TitlePortfolios, (doc, found) => TitlePortfolios.Drop(doc, found, lexicons)),
            new EntityPass(EntityPassNames.Acronyms, acronyms.Link),
            new EntityPass(EntityPassNames.PersonShortForms, shortForms.Link),
            new EntityPass(EntityPassNames.OrganizationContext, orgContext.Find),
            new EntityPass(EntityPassNames.BareOrganizationHeads, (doc, found) => BareHeadLinks.Link(found, lexicons)),
            new EntityPass(EntityPassNames.ExpandedAcronymUnits, (_, found) => OrganizationUnits.LinkExpandedAcronyms(found)),
            new EntityPass(EntityPassNames.LawLinks, citations.FindInLinks),
            new EntityPass(EntityPassNames.HeadlineLaws, LawRules.FindInHeadlines),
            new EntityPass(EntityPassNames.ListedLawAcronyms, laws.FindListed),
            new EntityPass(EntityPassNames.LawEquivalence, equivalence.Link),
        ];
    }
}
