using FluentAssertions;
using Knowledge.Graph;
using Knowledge.Ingestion;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Relations;

/// <summary>Relations a text states between laws, and between organisations and their members and parts.</summary>
public class RelationSpecs
{
    /// <summary>The relations stated in a text, as "Type: Source -> Target", name-read parents left out.</summary>
    private static List<string> Stated(string text) =>
        Analyse.Text(text).Relations.Where(r => !r.TargetByName).Select(r => $"{r.Type}: {r.Source.Name} -> {r.Target.Name}").ToList();

    private static KnowledgeGraph Graph(params string[] texts) =>
        KnowledgePipeline.CreateDefault().Run(texts.Select((t, i) => new SourceDocument($"doc{i}", t, BodyFormat.Markdown, new DocumentOrigin($"doc{i}.md")))).Graph;

    private static List<string> Edges(KnowledgeGraph g, EdgeType type) =>
        g.Edges.Where(e => e.Type == type).Select(e => $"{e.Source.Label} -> {e.Target.Label}").Order(StringComparer.Ordinal).ToList();

    // ---- laws ----

    [Fact]
    public void A_law_that_amends_another_amends_it() =>
        Stated("Republic Act 10101 amends Republic Act 9090 to raise the penalties.")
            .Should().Equal("Amends: Republic Act No. 10101 -> Republic Act No. 9090");

    [Fact]
    public void As_amended_by_points_from_the_later_law() =>
        Stated("The Water Code, as amended by the Clean Rivers Act, sets the limits.")
            .Should().Equal("Amends: Clean Rivers Act -> Water Code");

    [Fact]
    public void A_law_that_implements_another_refers_to_it() =>
        Stated("City Ordinance No. 12 implements Republic Act 11111 in the province.")
            .Should().Equal("RefersTo: City Ordinance No. 12 -> Republic Act No. 11111");

    [Fact]
    public void Laws_listed_together_are_not_related() =>
        Stated("She was charged under Republic Act 9090 and Republic Act 10101.").Should().BeEmpty();

    [Fact]
    public void A_verb_that_is_not_a_cue_relates_nothing() =>
        Stated("Republic Act 10101 protects children better than Republic Act 9090 did.").Should().BeEmpty();

    [Fact]
    public void Laws_inside_a_direct_quote_are_the_speakers_words() =>
        Stated("“As everyone here knows, Republic Act 10101 amends Republic Act 9090 in every respect,” said Ana Ruiz.").Should().BeEmpty();

    [Fact]
    public void A_bill_with_its_number_amends_from_one_node()
    {
        var g = Graph("The Clean Rivers Act (S. 410) amends the Water Code.");
        Edges(g, EdgeType.AMENDS).Should().Equal("Clean Rivers Act -> Water Code");
    }

    // ---- members and parts, as sentences say them ----

    [Fact]
    public void An_organisation_that_is_a_founding_member_of_another_is_a_member() =>
        Stated("The Harbor Institute is a founding member of the Coastal Alliance.")
            .Should().Equal("MemberOf: Harbor Institute -> Coastal Alliance");

    [Fact]
    public void A_person_in_apposition_as_a_member_is_a_member() =>
        Stated("Ana Ruiz, a member of the Survivor Council, spoke first.").Should().Equal("MemberOf: Ana Ruiz -> Survivor Council");

    [Fact]
    public void A_clause_of_company_between_commas_is_passed_over() =>
        Stated("The Harbor Institute, along with its partners, is a member of the Coastal Alliance.")
            .Should().Equal("MemberOf: Harbor Institute -> Coastal Alliance");

    [Fact]
    public void Names_listed_before_the_cue_are_all_members() =>
        Stated("The Harbor Institute and the Coastal Alliance are members of the Delta Forum.")
            .Should().Equal("MemberOf: Harbor Institute -> Delta Forum", "MemberOf: Coastal Alliance -> Delta Forum");

    [Fact]
    public void A_person_introduced_after_the_organisation_is_its_member() =>
        Stated("Another member of the Coastal Police Command, Lieutenant Ana Ruiz, testified.")
            .Should().Equal("MemberOf: Ana Ruiz -> Coastal Police Command");

    [Fact]
    public void A_division_of_a_body_is_part_of_it() =>
        Stated("The Fraud Unit, a division of the Harbor Police Service, made the arrest.")
            .Should().Equal("PartOf: Fraud Unit -> Harbor Police Service");

    [Fact]
    public void A_unit_after_of_is_part_of_the_body() =>
        Stated("The Fraud Division of the Harbor Police Service made the arrest.")
            .Should().Equal("PartOf: Fraud Division -> Harbor Police Service");

    [Fact]
    public void A_person_is_never_a_part() =>
        Stated("Ana Ruiz, part of the Harbor Police Service, spoke.").Should().BeEmpty();

    [Fact]
    public void A_verb_between_the_names_states_no_membership() =>
        Stated("The Harbor Institute praised a member of the Coastal Alliance.").Should().BeEmpty();

    // ---- parts, as names say them (resolved over the corpus) ----

    [Fact]
    public void A_body_name_and_a_place_is_a_national_office_of_the_body_named_in_another_document()
    {
        var g = Graph("The Harbor Trust opened a new office.", "Staff of the Harbor Trust Kenya met the minister.");
        Edges(g, EdgeType.PART_OF).Should().Contain("Harbor Trust Kenya -> Harbor Trust");
    }

    [Fact]
    public void A_unit_name_whose_leading_words_name_no_organisation_has_no_parent()
    {
        var g = Graph("The Northern Fraud Division made the arrest.");
        Edges(g, EdgeType.PART_OF).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The Harbor Institute joined the Coastal Alliance last year.", "MemberOf: Harbor Institute -> Coastal Alliance")]
    [InlineData("The Harbor Institute, joined the Coastal Alliance last year.", "MemberOf: Harbor Institute -> Coastal Alliance")]
    [InlineData("The Harbor Institute has joined the Coastal Alliance.", "MemberOf: Harbor Institute -> Coastal Alliance")]
    public void A_statement_may_open_with_its_cue_a_comma_or_a_small_word(string text, string relation) =>
        Stated(text).Should().Equal(relation);

    [Fact]
    public void A_statement_opening_with_another_word_states_no_membership() =>
        Stated("The Harbor Institute praised the members of the Coastal Alliance.").Should().BeEmpty();

    [Fact]
    public void Every_mention_of_a_unit_s_name_proposes_its_parents_at_that_mention()
    {
        var doc = Analyse.Text("The Harbor Police – Fraud Division made the arrest. Later, the Harbor Police – Fraud Division closed the case.");
        var parents = doc.Relations.Where(r => r.TargetByName && r.Type == RelationType.PartOf).ToList();
        var first = parents.Where(r => r.Start == parents[0].Start).Select(r => r.Target.Name).ToList();
        first.Should().StartWith("Harbor Police");
        parents.Select(r => r.Target.Name).Should().Equal([.. first, .. first]);
        parents.Select(r => r.Start).Distinct().Should().HaveCount(2);
        parents.Should().AllSatisfy(r => (r.Target.Start, r.Target.End).Should().Be((r.Source.Start, r.Source.End)));
    }

    [Fact]
    public void Every_mention_of_a_name_that_ends_with_a_place_is_located_there()
    {
        var doc = Analyse.Text("The Harbor Trust Kenya opened an office. Later, the Harbor Trust Kenya closed it.");
        var places = doc.Relations.Where(r => r.TargetByName && r.Type == RelationType.LocatedIn).ToList();
        places.Select(r => r.Target.Name).Should().Equal("Kenya", "Kenya");
        places.Select(r => r.Start).Distinct().Should().HaveCount(2);
        places.Should().AllSatisfy(r => (r.Target.Start, r.Target.End).Should().Be((r.Source.Start, r.Source.End)));
    }

    [Fact]
    public void A_field_unit_is_part_of_its_unit_not_also_of_the_unit_s_parent()
    {
        var g = Graph("The Harbor Police said the Harbor Police – Fraud Division led the raid with the Harbor Police – Fraud Division (North Field Office).");
        var parts = Edges(g, EdgeType.PART_OF);
        parts.Should().Contain("Harbor Police – Fraud Division (North Field Office) -> Harbor Police – Fraud Division");
        parts.Should().NotContain("Harbor Police – Fraud Division (North Field Office) -> Harbor Police");
    }

    [Fact]
    public void A_relation_edge_keeps_the_words_that_state_it()
    {
        const string text = "The Harbor Institute is a founding member of the Coastal Alliance.";
        var edge = Graph(text).Edges.Should().ContainSingle(e => e.Type == EdgeType.MEMBER_OF).Subject;
        edge.Properties["cue"].Should().Be("member of");
        var where = edge.Evidence.Should().ContainSingle().Subject;
        text[where.Start..where.End].Should().Be("Harbor Institute is a founding member of the Coastal Alliance");
    }

    // ---- where organisations are ----

    [Fact]
    public void A_court_named_with_its_city_is_located_there_even_when_the_city_is_named_nowhere_else()
    {
        var g = Graph("The Regional Trial Court in Taguig City sentenced the broker.");
        Edges(g, EdgeType.LOCATED_IN).Should().Contain("Regional Trial Court in Taguig City -> Taguig City");
        g.NodesOf(NodeType.Place).Select(p => p.Label).Should().Contain("Taguig City");
    }

    [Fact]
    public void A_place_right_after_the_name_locates_the_organisation() =>
        Edges(Graph("The Harbor Trust, based in Kenya, opened a clinic."), EdgeType.LOCATED_IN).Should().Contain("Harbor Trust -> Kenya");

    [Fact]
    public void A_place_after_other_words_does_not_locate_the_organisation() =>
        Edges(Graph("The Harbor Trust praised the new clinic in Kenya."), EdgeType.LOCATED_IN).Should().NotContain(e => e.StartsWith("Harbor Trust"));
}
