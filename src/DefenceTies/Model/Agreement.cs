namespace DefenceTies.Model;

/// <summary>
/// An agreement between nations (and bodies without a nation, such as ASEAN): a memorandum of
/// understanding, a treaty, or a decision taken together at an engagement, with its parties, its
/// date to the precision known, and its status. It is saved with at least two distinct parties: add
/// them with <see cref="AddParty(Nation, Citation)"/> or <see cref="AddParty(Organisation, Citation)"/>
/// before <c>SaveChanges</c>, which refuses it otherwise (as does the bulk path).
/// </summary>
public class Agreement : CitedEntity, IVersioned
{
    /// <summary>Maximum length of <see cref="Title"/>.</summary>
    public const int TitleMaxLength = 300;

    /// <summary>Maximum length of <see cref="Significance"/>.</summary>
    public const int SignificanceMaxLength = 500;

    /// <summary>Maximum length of <see cref="Subject"/>.</summary>
    public const int SubjectMaxLength = 500;

    private readonly List<AgreementParty> _parties = [];
    private readonly List<AgreementOrganisationParty> _organisationParties = [];
    private readonly List<AgreementSignatory> _signatories = [];
    private readonly List<AgreementEvent> _events = [];

    private readonly List<OtherName> _otherNames = [];

    /// <summary>For EF Core.</summary>
    protected Agreement()
    {
    }

    /// <summary>Creates an agreement.</summary>
    /// <param name="title">The title the source gives it, or <see langword="null"/> when it gives none: never invented.</param>
    /// <param name="kind">The form of the agreement.</param>
    /// <param name="status">Where it stands, as far as the source says.</param>
    /// <param name="subject">What it is about.</param>
    /// <param name="concludedOn">When it was signed or agreed, to the precision stated; <see langword="null"/> if not stated.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="engagement">The engagement at which it was reached, if any.</param>
    /// <param name="enteredIntoForceOn">When it entered into force, if stated.</param>
    /// <param name="endedOn">When it ended, if stated; not before it was concluded or entered into force.</param>
    /// <param name="significance">What the source says the agreement did or means, in its words ("setting the groundwork for ongoing collaboration"), if it says.</param>
    /// <param name="framework">The framework agreement it implements or is concluded under (an implementing arrangement under a memorandum), if the source says.</param>
    /// <param name="policy">The policy or partnership framework it implements, if the source says.</param>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    public Agreement(
        string? title,
        AgreementKind kind,
        AgreementStatus status,
        string subject,
        PartialDate? concludedOn,
        Citation citation,
        Engagement? engagement = null,
        PartialDate? enteredIntoForceOn = null,
        PartialDate? endedOn = null,
        string? significance = null,
        Agreement? framework = null,
        Policy? policy = null)
        : base(citation, nameof(Agreement))
    {
        if (ReferenceEquals(framework, this))
        {
            throw new DomainRuleException(nameof(Agreement), nameof(Framework), subject, "an agreement does not implement itself.");
        }

        Framework = framework;
        Policy = policy;
        Significance = Guard.OptionalText(significance, nameof(Agreement), nameof(Significance), SignificanceMaxLength);
        Validate(title, kind, status, subject, concludedOn, enteredIntoForceOn, endedOn);
        Title = title;
        Kind = kind;
        Status = status;
        Subject = subject;
        ConcludedOn = concludedOn;
        EnteredIntoForceOn = enteredIntoForceOn;
        EndedOn = endedOn;
        Engagement = engagement;
    }

    /// <summary>The title the source gives it; <see langword="null"/> when it gives none.</summary>
    public string? Title { get; private set; }

    /// <summary>The key of <see cref="Framework"/>.</summary>
    public int? FrameworkId { get; private set; }

    /// <summary>The framework agreement it implements or is concluded under, when the source says so.</summary>
    public Agreement? Framework { get; private set; }

    /// <summary>The key of <see cref="Policy"/>.</summary>
    public int? PolicyId { get; private set; }

    /// <summary>The policy or partnership framework it implements, when the source says so.</summary>
    public Policy? Policy { get; private set; }

    /// <summary>A label for display, computed and never stored: <see cref="Title"/> when stated, otherwise the kind and <see cref="Subject"/>.</summary>
    public string DisplayTitle => Title ?? ComputedTitle(Kind, Subject);

    /// <summary>The form of the agreement.</summary>
    public AgreementKind Kind { get; private set; }

    /// <summary>Where it stands, as far as the source says.</summary>
    public AgreementStatus Status { get; private set; }

    /// <summary>What it is about.</summary>
    public string Subject { get; private set; } = null!;

    /// <summary>What the source says the agreement did or means, in its words; <see langword="null"/> when it says nothing.</summary>
    public string? Significance { get; private set; }

    /// <summary>When it was signed or agreed, to the precision stated.</summary>
    public PartialDate? ConcludedOn { get; private set; }

    /// <summary>When it entered into force, if stated.</summary>
    public PartialDate? EnteredIntoForceOn { get; private set; }

    /// <summary>When it ended, if stated.</summary>
    public PartialDate? EndedOn { get; private set; }

    /// <summary>The key of <see cref="Engagement"/>.</summary>
    public int? EngagementId { get; private set; }

    /// <summary>The engagement at which it was reached, if any.</summary>
    public Engagement? Engagement { get; private set; }

    /// <inheritdoc />
    public int Version { get; private set; }

    /// <summary>The nations party to it.</summary>
    public IReadOnlyCollection<AgreementParty> Parties => _parties.AsReadOnly();

    /// <summary>
    /// The bodies without a nation party to it (an international organisation, a forum): "the MoU
    /// between India and ASEAN". They count towards the two parties an agreement needs; the
    /// dyad-year panel counts nation pairs only.
    /// </summary>
    public IReadOnlyCollection<AgreementOrganisationParty> OrganisationParties => _organisationParties.AsReadOnly();

    /// <summary>The bodies that signed it (or witnessed or exchanged it), each cited, with the nation each acts for when stated.</summary>
    public IReadOnlyCollection<AgreementSignatory> Signatories => _signatories.AsReadOnly();

    /// <summary>
    /// The steps of its legal life (proposal, signature, ratification by a party, entry into force,
    /// termination…), each dated and cited; its <see cref="Status"/>, <see cref="EnteredIntoForceOn"/>
    /// and <see cref="EndedOn"/> follow from them once it has any (see <see cref="AddEvent"/>).
    /// </summary>
    public IReadOnlyCollection<AgreementEvent> Events => _events.AsReadOnly();

    /// <summary>
    /// Records a step of the agreement's legal life, for one party or for the agreement as a whole,
    /// and recomputes what follows from its events: the status (a proposal makes it proposed, a
    /// signature, ratification or exchange of notes signed, entry into force or renewal in force, a
    /// suspension suspended, a termination ended; in date order), the date of entry into force (the
    /// earliest dated one) and the end (the date of the termination that ended it). A value a source
    /// stated otherwise is never dropped: it stays as a claim with its citation beside the value the
    /// events give, backed by the deciding event's citation. Load <see cref="Events"/>,
    /// <see cref="CitedEntity.ValueCitations"/> and <see cref="Parties"/> of a stored agreement first.
    /// </summary>
    /// <param name="kind">What happened.</param>
    /// <param name="citation">The passage that states it.</param>
    /// <param name="occurredOn">When, at the precision stated (required for a scheduled entry into force: the planned date).</param>
    /// <param name="party">The party it is for, one of <see cref="Parties"/>; <see langword="null"/> for the agreement as a whole.</param>
    /// <param name="actingBody">The body that ratified or approved it (a parliament, a cabinet), for a ratification or approval only.</param>
    /// <returns>The event.</returns>
    /// <exception cref="DomainRuleException">The party is not a party of the agreement, the event is already recorded for it, or a value breaks the event's rules.</exception>
    public AgreementEvent AddEvent(AgreementEventKind kind, Citation citation, PartialDate? occurredOn = null, Nation? party = null, Organisation? actingBody = null)
    {
        ArgumentNullException.ThrowIfNull(citation);
        if (party is not null && !_parties.Any(p => ReferenceEquals(p.Nation, party) || (party.Id > 0 && p.NationId == party.Id)))
        {
            throw new DomainRuleException(nameof(AgreementEvent), nameof(AgreementEvent.Party), party.Alpha2Code, "an event is for a party of the agreement (add the party first) or, with no party, for the agreement as a whole.");
        }

        if (_events.Any(e => e.Kind == kind && (party is null ? e.Party is null && e.PartyId is null : ReferenceEquals(e.Party, party) || (party.Id > 0 && e.PartyId == party.Id))))
        {
            throw new DomainRuleException(nameof(AgreementEvent), nameof(AgreementEvent.Kind), kind, $"this agreement already records a {kind} event {(party is null ? "for the agreement as a whole" : $"for {party.Alpha2Code}")}; a second source's date or body is a claim on it.");
        }

        var e = new AgreementEvent(this, kind, citation, occurredOn, party, actingBody);
        _events.Add(e);
        ApplyLegalLife();
        return e;
    }

    /// <summary>Sets what follows from the events (see <see cref="AddEvent"/>); a value no event decides keeps what the sources stated.</summary>
    internal void ApplyLegalLife()
    {
        var life = AgreementLegalLife.Of(_events);
        if (life.EntryIntoForce is { } entry)
        {
            Derive(nameof(EnteredIntoForceOn), entry.OccurredOn!.Value, entry.Citation);
        }

        if (life.End is { } end)
        {
            Derive(nameof(EndedOn), end.OccurredOn!.Value, end.Citation);
        }

        if (life.Status is { } status)
        {
            Derive(nameof(Status), status, life.StatusEvent!.Citation);
        }

        Guard.Ordered(ConcludedOn, EnteredIntoForceOn, nameof(Agreement), nameof(EnteredIntoForceOn));
        Guard.Ordered(EnteredIntoForceOn, EndedOn, nameof(Agreement), nameof(EndedOn));
    }

    /// <summary>The rules of an agreement's fields; the constructor and the bulk path both apply them.</summary>
    /// <exception cref="DomainRuleException">A value breaks a rule.</exception>
    internal static void Validate(
        string? title,
        AgreementKind kind,
        AgreementStatus status,
        string? subject,
        PartialDate? concludedOn,
        PartialDate? enteredIntoForceOn,
        PartialDate? endedOn)
    {
        Guard.OptionalText(title, nameof(Agreement), nameof(Title), TitleMaxLength);
        Guard.Defined(kind, nameof(Agreement), nameof(Kind));
        Guard.Defined(status, nameof(Agreement), nameof(Status));
        Guard.Text(subject, nameof(Agreement), nameof(Subject), SubjectMaxLength);
        Guard.OptionalDate(concludedOn, nameof(Agreement), nameof(ConcludedOn));
        Guard.OptionalDate(enteredIntoForceOn, nameof(Agreement), nameof(EnteredIntoForceOn));
        Guard.OptionalDate(endedOn, nameof(Agreement), nameof(EndedOn));
        Guard.Ordered(concludedOn, enteredIntoForceOn, nameof(Agreement), nameof(EnteredIntoForceOn));
        Guard.Ordered(concludedOn, endedOn, nameof(Agreement), nameof(EndedOn));
        Guard.Ordered(enteredIntoForceOn, endedOn, nameof(Agreement), nameof(EndedOn));
    }

    /// <summary>Records that the agreement entered into force, and marks it <see cref="AgreementStatus.InForce"/>; for an agreement without <see cref="Events"/> (with events, record an <see cref="AgreementEventKind.EnteredIntoForce"/> event).</summary>
    /// <exception cref="DomainRuleException">The date is <c>default(PartialDate)</c> or before the agreement was concluded, the agreement has ended, or it has events.</exception>
    public void RecordEntryIntoForce(PartialDate enteredIntoForceOn)
    {
        NoEvents();
        if (Status == AgreementStatus.Ended)
        {
            throw new DomainRuleException(nameof(Agreement), nameof(Status), Status, "an ended agreement cannot enter into force.");
        }

        Guard.Date(enteredIntoForceOn, nameof(Agreement), nameof(EnteredIntoForceOn));
        Guard.Ordered(ConcludedOn, enteredIntoForceOn, nameof(Agreement), nameof(EnteredIntoForceOn));
        EnteredIntoForceOn = enteredIntoForceOn;
        Status = AgreementStatus.InForce;
    }

    /// <summary>Records that the agreement ended, and marks it <see cref="AgreementStatus.Ended"/>; for an agreement without <see cref="Events"/> (with events, record a <see cref="AgreementEventKind.Terminated"/> event).</summary>
    /// <exception cref="DomainRuleException">The date is <c>default(PartialDate)</c> or before the agreement was concluded or entered into force, or it has events.</exception>
    public void RecordEnd(PartialDate endedOn)
    {
        NoEvents();
        Guard.Date(endedOn, nameof(Agreement), nameof(EndedOn));
        Guard.Ordered(ConcludedOn, endedOn, nameof(Agreement), nameof(EndedOn));
        Guard.Ordered(EnteredIntoForceOn, endedOn, nameof(Agreement), nameof(EndedOn));
        EndedOn = endedOn;
        Status = AgreementStatus.Ended;
    }

    // Once events record its legal life, its status and dates follow from them alone.
    private void NoEvents()
    {
        if (_events.Count > 0)
        {
            throw new DomainRuleException(nameof(Agreement), nameof(Status), Status, "this agreement's status follows from its events; record the step with AddEvent instead.");
        }
    }

    /// <summary>The fewest distinct parties an agreement is saved with.</summary>
    internal const int MinimumParties = 2;

    /// <summary>The error for an agreement about to be saved with fewer than <see cref="MinimumParties"/> distinct parties.</summary>
    /// <param name="parties">How many distinct parties it would have.</param>
    internal static DomainRuleException TooFewParties(int parties) =>
        new(nameof(Agreement), nameof(Parties), parties, $"an agreement needs at least {MinimumParties} distinct parties by the time it is saved (it would have {parties}); add them with AddParty (nations, or bodies without a nation).");

    /// <summary>The label of an agreement whose source states no title: its kind in words and its subject ("memorandum of understanding on defence cooperation").</summary>
    internal static string ComputedTitle(AgreementKind kind, string subject) => $"{KindLabel(kind)} on {subject}";

    private static string KindLabel(AgreementKind kind) => kind switch
    {
        AgreementKind.MemorandumOfUnderstanding => "memorandum of understanding",
        AgreementKind.DecisionToEstablish => "decision",
        AgreementKind.JointDeclaration => "joint declaration",
        AgreementKind.Treaty => "treaty",
        _ => "agreement",
    };

    /// <summary>
    /// Adds a body without a nation (an international organisation, a forum) as a party. A nation's
    /// own body (a ministry, an agency) that signs does so on behalf of its nation: add the nation.
    /// </summary>
    /// <exception cref="DomainRuleException">The body belongs to a nation, or is already a party.</exception>
    public AgreementOrganisationParty AddParty(Organisation organisation, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (organisation.Nation is not null || organisation.NationId is not null)
        {
            throw new DomainRuleException(nameof(AgreementOrganisationParty), nameof(AgreementOrganisationParty.Organisation), organisation.DisplayName,
                "a body of a nation acts on behalf of its nation; expected its nation as the party, or a body without a nation.");
        }

        if (_organisationParties.Any(p => ReferenceEquals(p.Organisation, organisation)))
        {
            throw new DomainRuleException(nameof(AgreementOrganisationParty), nameof(AgreementOrganisationParty.Organisation), organisation.DisplayName, "the parties to an agreement are distinct.");
        }

        var party = new AgreementOrganisationParty(this, organisation, citation);
        _organisationParties.Add(party);
        return party;
    }

    /// <summary>Adds a party; the parties are distinct nations, at least two by the time the agreement is saved.</summary>
    /// <exception cref="DomainRuleException">The nation is already a party.</exception>
    public AgreementParty AddParty(Nation nation, Citation citation)
    {
        ArgumentNullException.ThrowIfNull(nation);
        if (_parties.Any(p => ReferenceEquals(p.Nation, nation)))
        {
            throw AgreementParty.NationTwice(nation.Alpha2Code);
        }

        var party = new AgreementParty(this, nation, citation);
        _parties.Add(party);
        return party;
    }

    /// <summary>
    /// Records a body that signed the agreement (or witnessed or exchanged it), on behalf of a nation
    /// when the source says so. The nation must be a party: checked here against the parties added
    /// or loaded (load <see cref="Parties"/> first), and by <c>StoredDataCheck</c> on stored rows.
    /// </summary>
    /// <param name="organisation">The signing body: any organisation.</param>
    /// <param name="citation">The supporting passage.</param>
    /// <param name="role">Its part in the signing.</param>
    /// <param name="onBehalfOf">The nation on whose behalf it signs, when stated; a party of the agreement.</param>
    /// <exception cref="DomainRuleException">The body is already a signatory, or the nation is not a party.</exception>
    public AgreementSignatory AddSignatory(Organisation organisation, Citation citation, SignatoryRole role = SignatoryRole.Signatory, Nation? onBehalfOf = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (_signatories.Any(s => ReferenceEquals(s.Organisation, organisation)))
        {
            throw new DomainRuleException(nameof(AgreementSignatory), nameof(AgreementSignatory.Organisation), organisation.DisplayName, "this body is already a signatory of the agreement; a body signs once.");
        }

        if (onBehalfOf is not null && !_parties.Any(p => ReferenceEquals(p.Nation, onBehalfOf) || (onBehalfOf.Id > 0 && p.NationId == onBehalfOf.Id)))
        {
            throw new DomainRuleException(nameof(AgreementSignatory), nameof(AgreementSignatory.OnBehalfOf), onBehalfOf.Alpha2Code,
                $"a body signs on behalf of a party; {onBehalfOf.Alpha2Code} is not a party of this agreement (its parties: {string.Join(", ", _parties.Select(p => p.Nation?.Alpha2Code ?? $"#{p.NationId}"))}).");
        }

        var signatory = new AgreementSignatory(this, organisation, role, onBehalfOf, citation);
        _signatories.Add(signatory);
        return signatory;
    }

    /// <summary>
    /// The other names the sources give this agreement (an acronym), each cited. Filled by EF Core, not by this
    /// class: load it with <c>Include(x =&gt; x.OtherNames)</c>, or it fills in as the aliases are tracked by
    /// the same context. A new alias is made with the <see cref="OtherName"/> constructor.
    /// </summary>
    public IReadOnlyCollection<OtherName> OtherNames => _otherNames.AsReadOnly();
}
