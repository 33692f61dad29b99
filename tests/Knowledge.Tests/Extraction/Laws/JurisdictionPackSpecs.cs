using System.Text.RegularExpressions;
using FluentAssertions;
using Knowledge.Extraction.Entities;
using Knowledge.Ingestion;
using Knowledge.Lexicons;
using Knowledge.Pipeline;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Extraction.Laws;

/// <summary>
/// Laws written by number are read by the citation tables of jurisdiction packs
/// (models/jurisdictions/&lt;code&gt;/citations.txt): each row gives a pattern and the templates of the
/// law's canonical name and identity key.
/// </summary>
public class JurisdictionPackSpecs
{
    private static EntityMention Law(string text, string name) =>
        Analyse.Text(text).Entities.Single(e => e.Type == EntityType.Law && e.Name == name);

    [Fact]
    public void The_packs_are_found_by_their_files() =>
        LexiconSet.Default.Laws.Citations.Select(c => c.Jurisdiction).Distinct().Should().Equal("ph", "us");

    [Theory]
    [InlineData("The court applied Republic Act No. 4417 in full.", "Republic Act No. 4417", "law-ra-4417")]
    [InlineData("The court applied RA 4417 in full.", "Republic Act No. 4417", "law-ra-4417")]
    [InlineData("The court applied R.A. no. 4417 in full.", "Republic Act No. 4417", "law-ra-4417")]
    [InlineData("Lawmakers filed House Bill No. 318 on Monday.", "House Bill No. 318", "law-hb-318")]
    [InlineData("Lawmakers filed SB 57 on Monday.", "Senate Bill No. 57", "law-sb-57")]
    [InlineData("The town passed City Ordinance No. 2021-14 after a hearing.", "City Ordinance No. 2021-14", "law-ordinance-city-2021-14")]
    [InlineData("The town passed Ordinance No. 9 after a hearing.", "Ordinance No. 9", "law-ordinance--9")]
    [InlineData("The rule rests on Health Order No. 7, series of 2015, of the ministry.", "Health Order No. 7, series of 2015", "law-order-health-7-2015")]
    [InlineData("The rule rests on Health Order No. 7 Series of 2015 of the ministry.", "Health Order No. 7, series of 2015", "law-order-health-7-2015")]
    [InlineData("The rule rests on Executive Order No. 12 of the president.", "Executive Order No. 12", "law-order-executive-12")]
    public void A_philippine_citation_is_a_law_with_its_canonical_name_and_key(string text, string name, string key)
    {
        var law = Law(text, name);
        law.Key.Should().Be(key);
        law.Rule.Should().Be(EntityRuleIds.LawNumber);
    }

    [Theory]
    [InlineData("Members introduced H.R. 902 this week.", "H.R. 902", "law-hr-902")]
    [InlineData("Members introduced H. R. 902 this week.", "H.R. 902", "law-hr-902")]
    [InlineData("Senators introduced S. 1188 this week.", "S. 1188", "law-s-1188")]
    [InlineData("The governor signed AB 311 this week.", "AB 311", "law-ab-311")]
    [InlineData("The governor signed Assembly Bill 311 this week.", "AB 311", "law-ab-311")]
    public void A_united_states_citation_is_a_law_with_its_canonical_name_and_key(string text, string name, string key) =>
        Law(text, name).Key.Should().Be(key);

    [Fact]
    public void A_citation_in_a_link_url_names_the_law_of_the_link_text()
    {
        var law = Law("Read [the new rules](https://laws.example.org/republic-act-no-11872/) before May.", "Republic Act No. 11872");
        law.Key.Should().Be("law-ra-11872");
        law.Rule.Should().Be(EntityRuleIds.LawLinkUrl);
    }

    [Fact]
    public void Every_citation_pattern_has_a_match_timeout() =>
        LexiconSet.Default.Laws.Citations.Should().AllSatisfy(c => c.Pattern.MatchTimeout.Should().NotBe(Regex.InfiniteMatchTimeout));

    [Fact]
    public void A_pack_is_data_a_changed_table_reads_new_citations()
    {
        const string table = "public-law\ttext\t(?<![\\w.])Public\\s+Law\\s+(?<n>\\d{2,3}-\\d{1,3})\\b\tPublic Law {n}\tlaw-pl-{n}\n";
        var lexicons = LexiconSet.Load(name => name == "jurisdictions/us/citations" ? table : LexiconSet.ReadEmbedded(name));
        var pipeline = new KnowledgePipelineBuilder().UseDefaults(lexicons).Build();
        var doc = pipeline.Process(new SourceDocument("spec", "The agency cited Public Law 117-58 and H.R. 902.", BodyFormat.Markdown, new DocumentOrigin("spec.md")));
        var laws = doc.Entities.Where(e => e.Type == EntityType.Law).ToList();
        laws.Should().ContainSingle(e => e.Name == "Public Law 117-58" && e.Key == "law-pl-117-58");
        laws.Should().NotContain(e => e.Name == "H.R. 902", "the changed table no longer holds the House pattern");
    }

    [Fact]
    public void A_malformed_citation_row_is_reported()
    {
        var act = () => LexiconSet.Load(name => name == "jurisdictions/ph/citations" ? "only-an-id\ttext\n" : LexiconSet.ReadEmbedded(name));
        act.Should().Throw<InvalidOperationException>().WithMessage("*jurisdictions/ph/citations*");
    }
}
