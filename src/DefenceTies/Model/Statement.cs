namespace DefenceTies.Model;

/// <summary>
/// Something said by a person or by a body (such as a defence ministry), quoted or reported.
/// Exactly one of <see cref="SpeakerPerson"/> and <see cref="SpeakerOrganisation"/> is set.
/// </summary>
public class Statement : CitedEntity
{
    /// <summary>Maximum length of <see cref="Content"/>.</summary>
    public const int ContentMaxLength = 2000;

    /// <summary>For EF Core.</summary>
    protected Statement()
    {
    }

    private Statement(StatementForm form, string content, Citation citation, PartialDate? madeOn)
        : base(citation, nameof(Statement))
    {
        Form = Guard.Defined(form, nameof(Statement), nameof(Form));
        Content = Guard.Text(content, nameof(Statement), nameof(Content), ContentMaxLength, TextLines.Multiple);
        if (form == StatementForm.DirectQuotation && !citation.Passage.Contains(content, StringComparison.Ordinal))
        {
            throw new DomainRuleException(nameof(Statement), nameof(Content), content, "a direct quotation must appear verbatim in its citation.");
        }

        MadeOn = Guard.OptionalDate(madeOn, nameof(Statement), nameof(MadeOn));
    }

    /// <summary>A statement made by a person.</summary>
    public static Statement ByPerson(Person speaker, StatementForm form, string content, Citation citation, PartialDate? madeOn = null) =>
        new(form, content, citation, madeOn) { SpeakerPerson = Guard.NotNull(speaker, nameof(Statement), nameof(SpeakerPerson)) };

    /// <summary>A statement made by an organisation.</summary>
    public static Statement ByOrganisation(Organisation speaker, StatementForm form, string content, Citation citation, PartialDate? madeOn = null) =>
        new(form, content, citation, madeOn) { SpeakerOrganisation = Guard.NotNull(speaker, nameof(Statement), nameof(SpeakerOrganisation)) };

    /// <summary>Quoted verbatim or reported.</summary>
    public StatementForm Form { get; private set; }

    /// <summary>What was said: the exact words for a quotation, the source's paraphrase otherwise.</summary>
    public string Content { get; private set; } = null!;

    /// <summary>When it was said, if stated.</summary>
    public PartialDate? MadeOn { get; private set; }

    /// <summary>The key of <see cref="SpeakerPerson"/>.</summary>
    public int? SpeakerPersonId { get; private set; }

    /// <summary>The speaker, when a person.</summary>
    public Person? SpeakerPerson { get; private init; }

    /// <summary>The key of <see cref="SpeakerOrganisation"/>.</summary>
    public int? SpeakerOrganisationId { get; private set; }

    /// <summary>The speaker, when a body.</summary>
    public Organisation? SpeakerOrganisation { get; private init; }
}
