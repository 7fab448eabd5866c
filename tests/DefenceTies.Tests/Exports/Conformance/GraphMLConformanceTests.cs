using System.Xml.Linq;
using DefenceTies.Exports;

namespace DefenceTies.Tests.Exports.Conformance;

/// <summary>
/// The GraphML export, read by networkx (tests/conformance/graphml.py) and checked against the
/// attributes docs/exports.md documents: accepted whole, and each rule shown to catch a
/// deliberately broken file.
/// </summary>
[Trait(TestTier.Name, TestTier.Conformance)]
public class GraphMLConformanceTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task Networkx_reads_the_export_with_every_documented_attribute()
    {
        var exports = await ConformanceExports.GetAsync();

        var result = await RealClients.GraphMLAsync(exports.FileOf(ExportFormat.GraphML));

        result.ExitCode.Should().Be(0, result.Output + result.Error);
        result.Output.Should().StartWith("ok: ");
    }

    [Theory]
    [InlineData("read", "write a boolean networkx cannot parse")]
    [InlineData("key", "declare cow_code for edges instead of nodes")]
    [InlineData("type", "declare cow_code as a string")]
    [InlineData("node-attributes", "drop a nation's iso_alpha3")]
    [InlineData("edge-attributes", "drop a delegation edge's tie")]
    [InlineData("vocabulary", "write an agreement's status as an enum name")]
    [InlineData("tie", "make a post-holding edge's tie its post, as the export once did")]
    [InlineData("ends", "point a delegation edge at a nation the file does not declare")]
    [InlineData("symmetric", "mark an agreement edge as not symmetric")]
    [InlineData("date", "write an agreement's start in a month that does not exist")]
    [InlineData("edge-id", "give two edges the same id")]
    [InlineData("value", "drop the note of a value cited on its own as implied")]
    public async Task Each_rule_catches_a_deliberately_broken_export(string rule, string breakage)
    {
        var exports = await ConformanceExports.GetAsync();
        var document = XDocument.Parse(exports.Sqlite[ExportFormat.GraphML]);
        var graph = document.Root!.Element(G + "graph")!;
        var edges = graph.Elements(G + "edge").ToList();
        XElement Edge(string kind, string? having = null) => edges.First(e => Data(e, "kind")?.Value == kind && (having is null || Data(e, having) is not null));
        XElement Key(string id) => document.Root!.Elements(G + "key").Single(k => (string?)k.Attribute("id") == id);
        static string Id(XElement element) => (string)element.Attribute("id")!;

        string? where;
        switch (rule)
        {
            case "read":
                Data(Edge("agreement"), "symmetric")!.Value = "yes";
                where = null;
                break;
            case "key":
                Key("cow_code").SetAttributeValue("for", "edge");
                where = "cow_code";
                break;
            case "type":
                Key("cow_code").SetAttributeValue("attr.type", "string");
                where = "nation-IND";
                break;
            case "node-attributes":
                var india = graph.Elements(G + "node").Single(n => Id(n) == "nation-IND");
                Data(india, "iso_alpha3")!.Remove();
                where = Id(india);
                break;
            case "edge-attributes":
                var seat = Edge("delegation");
                Data(seat, "tie")!.Remove();
                where = Id(seat);
                break;
            case "vocabulary":
                var agreement = Edge("agreement");
                Data(agreement, "status")!.Value = "InForce";
                where = Id(agreement);
                break;
            case "tie":
                var holding = Edge("post holding");
                Data(holding, "tie")!.Value = Data(holding, "post")!.Value;
                where = Id(holding);
                break;
            case "ends":
                var member = Edge("delegation");
                member.SetAttributeValue("target", "nation-ZZZ");
                where = Id(member);
                break;
            case "symmetric":
                var pair = Edge("agreement");
                Data(pair, "symmetric")!.Value = "false";
                where = Id(pair);
                break;
            case "date":
                var dated = Edge("agreement", having: "start");
                Data(dated, "start")!.Value = "2012-13";
                where = Id(dated);
                break;
            case "edge-id":
                edges[1].SetAttributeValue("id", Id(edges[0]));
                where = Id(edges[0]);
                break;
            case "value":
                var post = Edge("post holding", having: "value_post_note");
                Data(post, "value_post_note")!.Remove();
                where = Id(post);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, null);
        }

        var broken = exports.WriteVariant(ExportFormat.GraphML, $"broken-{rule}", document.ToString());
        var result = await RealClients.GraphMLAsync(broken);

        result.ExitCode.Should().Be(1, $"the check must fail when we {breakage}: {result.Output}{result.Error}");
        result.Output.Should().Contain(where is null ? $"{rule}: " : $"{rule}: {where}:", breakage);
    }

    private static XElement? Data(XElement element, string key) =>
        element.Elements(G + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key);
}
