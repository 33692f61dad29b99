using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Entities;

/// <summary>The entity recogniser is an ordered list of named passes that the pipeline builder can change.</summary>
public class EntityPassSpecs
{
    private static Doc Analyse(KnowledgePipeline pipeline, string body) =>
        pipeline.Process(new SourceDocument("spec", body, BodyFormat.Markdown, new DocumentOrigin("spec.md")) { Published = new DateOnly(2024, 3, 5) });

    /// <summary>Marks every "Quillborne" as a work, before the capitalised runs are read.</summary>
    private sealed class QuillbornePass : IEntityPass
    {
        public string Name => "quillborne";

        public void Run(Doc doc, EntityMentionSet mentions)
        {
            for (int at = doc.Text.IndexOf("Quillborne", StringComparison.Ordinal); at >= 0; at = doc.Text.IndexOf("Quillborne", at + 1, StringComparison.Ordinal))
                mentions.Add(new EntityMention(EntityType.Work, at, at + "Quillborne".Length, "Quillborne", "spec-quillborne"));
        }
    }

    /// <summary>Counts the laws the passes before it found.</summary>
    private sealed class LawCounter : IEntityPass
    {
        public int Seen { get; private set; }

        public string Name => "law-counter";

        public void Run(Doc doc, EntityMentionSet mentions) => Seen += mentions.Items.Count(m => m.Type == EntityType.Law);
    }

    [Fact]
    public void The_default_passes_run_in_a_visible_order() =>
        new EntityRecognizer().Passes.Select(p => p.Name).Should().Equal(
            EntityPassNames.LawCitations, EntityPassNames.ExpandedAcronymActs, EntityPassNames.AntiLaws, EntityPassNames.ProposedLaws,
            EntityPassNames.CapitalizedNames, EntityPassNames.OrganizationUnits, EntityPassNames.WorkAppositives, EntityPassNames.TitlePortfolios,
            EntityPassNames.Acronyms, EntityPassNames.PersonShortForms, EntityPassNames.OrganizationContext, EntityPassNames.BareOrganizationHeads,
            EntityPassNames.ExpandedAcronymUnits, EntityPassNames.LawLinks, EntityPassNames.HeadlineLaws, EntityPassNames.ListedLawAcronyms,
            EntityPassNames.LawEquivalence);

    [Fact]
    public void The_default_list_is_a_new_list_each_time() =>
        EntityPasses.CreateDefault(LexiconSet.Default).Should().NotBeSameAs(EntityPasses.CreateDefault(LexiconSet.Default));

    [Fact]
    public void Removing_a_pass_changes_what_is_found()
    {
        const string text = "The Vellmore Basin Authority (VBA) met on Monday. Later the VBA approved the plan.";
        var full = Analyse(KnowledgePipeline.CreateDefault(), text).Entities.Where(e => e.Type == EntityType.Organization).ToList();
        var pipeline = new KnowledgePipelineBuilder().UseDefaults().ConfigureEntities(passes => passes.Remove(EntityPassNames.Acronyms)).Build();
        var without = Analyse(pipeline, text).Entities.Where(e => e.Type == EntityType.Organization).ToList();

        full.Select(e => e.Name).Should().Equal("Vellmore Basin Authority", "Vellmore Basin Authority", "Vellmore Basin Authority");
        without.Select(e => e.Name).Should().Equal("Vellmore Basin Authority");
        pipeline.Components.OfType<EntityRecognizer>().Single().Passes.Select(p => p.Name).Should().NotContain(EntityPassNames.Acronyms);
    }

    [Fact]
    public void A_custom_pass_inserted_before_the_names_claims_its_words_first()
    {
        var pipeline = new KnowledgePipelineBuilder().UseDefaults()
            .ConfigureEntities(passes => passes.InsertBefore(EntityPassNames.CapitalizedNames, new QuillbornePass()))
            .Build();
        var doc = Analyse(pipeline, "Readers loved Quillborne Harbour Trust events.");
        doc.Entities.Should().ContainSingle(e => e.Type == EntityType.Work && e.Name == "Quillborne");
        doc.Entities.Should().NotContain(e => e.Type == EntityType.Organization && e.Name.Contains("Quillborne"));
    }

    [Fact]
    public void A_custom_pass_sees_the_mentions_of_the_passes_before_it()
    {
        var counter = new LawCounter();
        var recognizer = new EntityRecognizer(EntityPasses.CreateDefault().InsertAfter(EntityPassNames.LawCitations, counter));
        var pipeline = new KnowledgePipelineBuilder().UseDefaults().Replace<EntityRecognizer>(recognizer).Build();
        Analyse(pipeline, "The council cited Republic Act No. 4417 and H.R. 902 in its letter.");
        counter.Seen.Should().Be(2);
    }

    [Fact]
    public void A_pass_list_is_changed_by_pass_name()
    {
        var passes = EntityPasses.CreateDefault();
        var marker = new QuillbornePass();
        passes.InsertAfter(EntityPassNames.Acronyms, marker).IndexOf(marker.Name).Should().Be(passes.IndexOf(EntityPassNames.Acronyms) + 1);
        passes.Replace(marker.Name, new LawCounter()).Find("law-counter").Should().BeOfType<LawCounter>();
        passes.Remove("law-counter").Should().BeTrue();
        passes.Remove("law-counter").Should().BeFalse();
        var act = () => passes.InsertBefore("no-such-pass", marker);
        act.Should().Throw<ArgumentException>().WithMessage("*no-such-pass*");
    }

    [Fact]
    public void Configuring_entities_needs_a_recogniser_in_the_pipeline()
    {
        var act = () => new KnowledgePipelineBuilder().ConfigureEntities(_ => { });
        act.Should().Throw<ArgumentException>().WithMessage("*EntityRecognizer*");
    }
}
