using FluentAssertions;
using Knowledge.Lexicons;
using Knowledge.Resolution;
using Knowledge.Syntax;
using Xunit;

namespace Knowledge.Tests.Resolution;

/// <summary>The identity keys of a mention: mentions that share one are one entity.</summary>
public class EntityKeySpecs
{
    private static readonly EntityKeys Keys = new(LexiconSet.Default);

    private static EntityMention Mention(EntityType type, string name, string rule = "spec") => new(type, 0, name.Length, name, rule);

    [Fact]
    public void A_name_is_keyed_by_its_type_and_slug_without_a_leading_article()
    {
        Keys.Of(Mention(EntityType.Organization, "The Harbor Trust")).Should().Contain("organization:harbor-trust");
        Keys.Of(Mention(EntityType.Organization, "Harbor Trust")).Should().Contain("organization:harbor-trust");
    }

    [Fact]
    public void A_possessive_owner_is_not_part_of_the_key() =>
        Keys.Of(Mention(EntityType.Organization, "HTF's Coastal Office")).Should().Contain("organization:coastal-office");

    [Fact]
    public void A_person_has_one_key_the_full_name()
    {
        var person = Mention(EntityType.Person, "Mariel Santos") with { SameAs = "Santos", Key = "anything" };
        Keys.Of(person).Should().Equal("person:mariel-santos");
    }

    [Fact]
    public void A_law_has_its_explicit_key_its_equivalents_and_its_name_key()
    {
        var law = Mention(EntityType.Law, "Clean Rivers Act of 2019") with { Key = "law-ra-12345", EquivalentKeys = ["law-hb-77"] };
        Keys.Of(law).Should().Contain(["law:key:law-ra-12345", "law:key:law-hb-77", "law:key:law-clean-rivers-act"]);
    }

    [Fact]
    public void A_field_first_ministry_also_has_the_key_of_its_of_form() =>
        Keys.Of(Mention(EntityType.Organization, "Health Ministry")).Should().Contain("organization:ministry-of-health");

    [Fact]
    public void A_scope_word_before_the_head_is_not_a_field() =>
        Keys.Of(Mention(EntityType.Organization, "National Ministry")).Should().NotContain(k => k.Contains("ministry-of", StringComparison.Ordinal));

    [Fact]
    public void A_long_name_has_a_content_key_without_its_connectors()
    {
        Keys.Of(Mention(EntityType.Organization, "Alliance for Clean River Water")).Should().Contain("organization:content:alliance-clean-river-water");
        Keys.Of(Mention(EntityType.Organization, "Alliance on Clean River Water")).Should().Contain("organization:content:alliance-clean-river-water");
    }

    [Fact]
    public void A_short_name_has_no_content_key() =>
        Keys.Of(Mention(EntityType.Organization, "Office for Water")).Should().NotContain(k => k.Contains(":content:", StringComparison.Ordinal));

    [Fact]
    public void Lexicons_decide_which_heads_have_an_of_form()
    {
        var edited = LexiconSet.Load(name => name == "organizations/field-heads" ? "Bureau\tof\n" : LexiconSet.ReadEmbedded(name));
        var keys = new EntityKeys(edited);
        keys.Of(Mention(EntityType.Organization, "Weather Bureau")).Should().Contain("organization:bureau-of-weather");
        keys.Of(Mention(EntityType.Organization, "Health Ministry")).Should().NotContain("organization:ministry-of-health");
    }
}
