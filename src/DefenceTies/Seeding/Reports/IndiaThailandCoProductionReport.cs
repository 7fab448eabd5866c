using DefenceTies.FactPacks;
using DefenceTies.Model;

namespace DefenceTies.Seeding.Reports;

/// <summary>
/// The report of 2024-12-13 on India and Thailand agreeing, on 12 December 2024, to set up a joint
/// working group on defence co-production, as a fact pack embedded in the library
/// (<c>000_8dee3c78e5bad958.json</c> with the report's text beside it): every fact it states, each
/// citing its passage, readings marked implied with a note, relayed claims attributed to their
/// statements, and nothing the report does not state (the 2012 MoU keeps year precision; the report,
/// the armies, the working group and the decision stay untitled and unnamed).
/// </summary>
public sealed class IndiaThailandCoProductionReport : IDefenceTiesSeed
{
    /// <summary>
    /// The <see cref="SourceDocument.Key"/> of the report this seed stores, for finding it and the facts
    /// it supports without creating a seed: <c>db.SourceDocuments.Single(d =&gt; d.Key == IndiaThailandCoProductionReport.DocumentKey)</c>
    /// or <c>db.Agreements.CitingSource(IndiaThailandCoProductionReport.DocumentKey)</c>. It never changes.
    /// </summary>
    public const string DocumentKey = "000_8dee3c78e5bad958";

    /// <summary>The file name of the embedded report's text: <see cref="DocumentKey"/> with the extension <c>.txt</c>.</summary>
    public const string FileName = DocumentKey + ".txt";

    /// <summary>The file name of the embedded fact pack: <see cref="DocumentKey"/> with the extension <c>.json</c>.</summary>
    public const string PackFileName = DocumentKey + ".json";

    private static readonly Lazy<FactPack> EmbeddedPack = new(() =>
    {
        using var pack = OpenResource(PackFileName);
        using var text = OpenResource(FileName);
        return FactPack.Read(pack, text, PackFileName);
    });

    /// <summary>The embedded fact pack: the worked example of docs/fact-packs.md.</summary>
    public static FactPack Pack => EmbeddedPack.Value;

    /// <inheritdoc />
    public string Key => "2024-12-13/india-thailand-defence-co-production";

    /// <inheritdoc />
    /// <remarks>Implemented explicitly so that the class can offer the same value as the constant <see cref="DocumentKey"/>.</remarks>
    string IDefenceTiesSeed.DocumentKey => DocumentKey;

    /// <inheritdoc />
    public SourceDocument CreateSourceDocument() => Pack.CreateDocument();

    /// <inheritdoc />
    public void Plant(SeedContext context) => new FactPackSeed(Pack, Key).Plant(context);

    private static Stream OpenResource(string fileName)
    {
        var resource = $"DefenceTies.Seeding.Reports.{fileName}";
        return typeof(IndiaThailandCoProductionReport).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing from the DefenceTies assembly.");
    }
}
