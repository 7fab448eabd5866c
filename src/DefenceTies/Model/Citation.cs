namespace DefenceTies.Model;

/// <summary>
/// One use of a verbatim passage of a <see cref="Model.SourceDocument"/> as evidence for one fact:
/// the passage and its position, how it supports the fact (<see cref="Support"/>, with a
/// <see cref="Note"/> when implied), whose claim the fact is when the source relays someone's
/// statement (<see cref="Statement"/>), and, for a further source backing a fact that already has a
/// citation, the citation it corroborates. Created through <see cref="SourceDocument.Cite"/> or
/// <see cref="SourceDocument.Infer"/>, which prove the passage occurs in the text.
/// </summary>
public class Citation : Entity
{
    /// <summary>Maximum length of <see cref="Passage"/>.</summary>
    public const int PassageMaxLength = 2000;

    /// <summary>Maximum length of <see cref="Note"/>.</summary>
    public const int NoteMaxLength = 1000;

    /// <summary>Maximum length of <see cref="FactKey"/>.</summary>
    public const int FactKeyMaxLength = 100;

    private readonly List<Citation> _corroborations = [];

    /// <summary>For EF Core.</summary>
    protected Citation()
    {
    }

    internal Citation(SourceDocument document, string passage, int startIndex, SupportKind support, string? note)
    {
        Validate(passage, support, note);
        CheckOrigin(support, document.Origin);
        SourceDocument = document;
        Passage = passage;
        StartIndex = startIndex;
        Length = passage.Length;
        Support = support;
        Note = note;
    }

    /// <summary>The key of <see cref="SourceDocument"/>.</summary>
    public int SourceDocumentId { get; private set; }

    /// <summary>The document the passage is taken from.</summary>
    public SourceDocument SourceDocument { get; private set; } = null!;

    /// <summary>The passage, verbatim.</summary>
    public string Passage { get; private set; } = null!;

    /// <summary>Zero-based index of the passage in the document text, in UTF-16 code units.</summary>
    public int StartIndex { get; private set; }

    /// <summary>Length of the passage in UTF-16 code units.</summary>
    public int Length { get; private set; }

    /// <summary>How the passage supports the fact: stated, implied or reference data.</summary>
    public SupportKind Support { get; private set; }

    /// <summary>Why the passage implies the fact; required when <see cref="Support"/> is <see cref="SupportKind.Implied"/>.</summary>
    public string? Note { get; private set; }

    /// <summary>
    /// The relayed claim the fact belongs to, when the source reports what someone said (for example
    /// what India's defence ministry "said in a statement"); <see langword="null"/> when the source says it in its own voice.
    /// </summary>
    /// <remarks>Load it with <c>Include(c =&gt; c.Statement)</c> is not possible (it is computed); query through <see cref="Querying.CitedEntityQueries.ClaimedBy{T}(IQueryable{T}, Organisation)"/>, or load the citation with its claim tracked in the same context.</remarks>
    public Statement? Statement => Claim?.Statement;

    /// <summary>The link to <see cref="Statement"/>, stored in its own table.</summary>
    internal CitationClaim? Claim { get; private set; }

    /// <summary>
    /// The name, unique in its document, of the fact this citation gives (its primary citation) or
    /// restates (a corroborating one): the second half of the fact's <see cref="FactReference"/>. A
    /// fact pack's citation of a fact carries the fact's <c>id</c> (a version-1 fact without one, its
    /// JSON path such as <c>$.facts[3]</c>); <see langword="null"/> for a link's or a value's
    /// citation, and for facts stored otherwise (the bulk path, the model's API), whose reference is
    /// generated from their kind and row id (<see cref="FactReference.Generated"/>).
    /// </summary>
    public string? FactKey { get; private set; }

    /// <summary>The key of <see cref="Corroborates"/>.</summary>
    public int? CorroboratesId { get; private set; }

    /// <summary>
    /// For a further citation of a fact, the fact's primary citation (its <see cref="CitedEntity.Citation"/>);
    /// <see langword="null"/> for a primary citation.
    /// </summary>
    public Citation? Corroborates { get; private set; }

    /// <summary>The further citations that back the same fact as this primary citation. Filled by EF Core: load it with <c>Include</c>.</summary>
    public IReadOnlyCollection<Citation> Corroborations => _corroborations.AsReadOnly();

    /// <summary>Says whose claim the fact is: the statement the source relays it from.</summary>
    /// <returns>This citation.</returns>
    /// <exception cref="DomainRuleException">The citation is reference data, which nobody claims.</exception>
    public Citation ClaimedIn(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (Support == SupportKind.Reference)
        {
            throw new DomainRuleException(nameof(Citation), nameof(Statement), Passage, "reference data is nobody's claim; only stated or implied citations may be attributed to a statement.");
        }

        Claim = new CitationClaim(this, statement);
        return this;
    }

    /// <summary>
    /// Makes this citation a further source for a fact that is already stored or created: it points
    /// to the fact's primary citation, and the fact stays one row.
    /// </summary>
    /// <returns>This citation.</returns>
    /// <exception cref="DomainRuleException">The fact's citation is this one, or itself corroborates another.</exception>
    public Citation Corroborate(CitedEntity fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var primary = fact.Citation;
        if (ReferenceEquals(primary, this))
        {
            throw new DomainRuleException(nameof(Citation), nameof(Corroborates), Passage, "a citation cannot corroborate itself.");
        }

        if (primary.Corroborates is not null || primary.CorroboratesId is not null)
        {
            throw new DomainRuleException(nameof(Citation), nameof(Corroborates), primary.Passage, "the fact's citation corroborates another; corroborate the primary citation.");
        }

        Corroborates = primary;
        return this;
    }

    /// <summary>Names the fact this citation gives or restates, for later sources to reference (see <see cref="FactKey"/>).</summary>
    /// <exception cref="DomainRuleException">The key is blank or too long.</exception>
    internal Citation Identify(string factKey)
    {
        FactKey = Guard.Text(factKey, nameof(Citation), nameof(FactKey), FactKeyMaxLength);
        return this;
    }

    /// <summary>The rules of a citation on its own; <see cref="SourceDocument.Cite"/> and the bulk path both apply them.</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(string? passage, SupportKind support, string? note)
    {
        Guard.Text(passage, nameof(Citation), nameof(Passage), PassageMaxLength, TextLines.Multiple);
        Guard.Defined(support, nameof(Citation), nameof(Support));
        Guard.OptionalText(note, nameof(Citation), nameof(Note), NoteMaxLength);
        if (support == SupportKind.Implied && note is null)
        {
            throw new DomainRuleException(nameof(Citation), nameof(Note), note, "an implied citation needs a note saying why the passage implies the fact.");
        }
    }

    /// <summary>Reference support on reference data sets only, and reference data sets for reference support only.</summary>
    /// <exception cref="DomainRuleException">The support does not fit the document's origin.</exception>
    internal static void CheckOrigin(SupportKind support, SourceOrigin origin)
    {
        if ((support == SupportKind.Reference) != (origin == SourceOrigin.ReferenceData))
        {
            throw new DomainRuleException(nameof(Citation), nameof(Support), support, $"a {origin} document supports facts only as {(origin == SourceOrigin.ReferenceData ? "Reference" : "Stated or Implied")}.");
        }
    }

    /// <summary>The error for a passage that is not where it is said to be.</summary>
    /// <param name="passage">The passage.</param>
    /// <param name="where">Where it was looked for, in words.</param>
    internal static DomainRuleException NotInDocument(string passage, string where) =>
        new(nameof(Citation), nameof(Passage), passage, $"the passage does not occur verbatim in {where}.");
}
