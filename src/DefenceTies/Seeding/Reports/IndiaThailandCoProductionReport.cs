using DefenceTies.Model;

namespace DefenceTies.Seeding.Reports;

/// <summary>
/// The facts of the report of 2024-12-13 on India and Thailand agreeing, on 12 December 2024, to set
/// up a joint working group on defence co-production. Every fact cites the sentence it comes from;
/// nothing the report does not state is added (the 2012 MoU keeps year precision, the untitled
/// report keeps no title, the unnamed Thai body behind a post stays unnamed).
/// </summary>
public sealed class IndiaThailandCoProductionReport : IDefenceTiesSeed
{
    /// <summary>
    /// The <see cref="SourceDocument.Key"/> of the report this seed stores, for finding it and the facts
    /// it supports without creating a seed: <c>db.SourceDocuments.Single(d =&gt; d.Key == IndiaThailandCoProductionReport.DocumentKey)</c>
    /// or <c>db.Agreements.CitingSource(IndiaThailandCoProductionReport.DocumentKey)</c>. It never changes.
    /// </summary>
    public const string DocumentKey = "000_8dee3c78e5bad958";

    /// <summary>The file name of the embedded report: <see cref="DocumentKey"/> with the extension <c>.txt</c>.</summary>
    public const string FileName = DocumentKey + ".txt";

    /// <inheritdoc />
    public string Key => "2024-12-13/india-thailand-defence-co-production";

    /// <inheritdoc />
    /// <remarks>Implemented explicitly so that the class can offer the same value as the constant <see cref="DocumentKey"/>.</remarks>
    string IDefenceTiesSeed.DocumentKey => DocumentKey;

    /// <inheritdoc />
    public SourceDocument CreateSourceDocument() => EmbeddedReport.Load(FileName, title: null);

    /// <inheritdoc />
    public void Plant(SeedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var opening = context.Cite("India and Thailand are set to enhance their defence collaboration by exploring co-production of military hardware.");
        var decision = context.Cite("On December 12, 2024, both countries agreed to establish a joint working group aimed at effectively steering this initiative.");
        var indianLead = context.Cite("The Indian delegation was led by the Defence Ministry's Joint Secretary (International Cooperation) Amitabh Prasad");
        var thaiLead = context.Cite("the Thai side was headed by Deputy Permanent Secretary for Defence Gen Tharapong Malakam");
        var focus = context.Cite("The upcoming joint working group will focus on co-production and co-development of military equipment");
        var ambassador = context.Cite("Indian Ambassador to Thailand, Nagesh Singh, emphasised that the two nations share common threat perceptions and have been increasing dialogues and joint military exercises across their armed forces.");
        var maitree = context.Cite("This includes the recent MAITREE exercise involving both armies.");
        var quotation = context.Cite("'Thailand is a maritime neighbour and a valued partner in India's 'Act East' policy and the Indo-Pacific region. Thailand's 'Act West' policy compliments India's 'Act East' policy providing a basis for substantive elevation of bilateral relations,' the defence ministry said in a statement.");
        var neighbour = context.Cite("Thailand is a maritime neighbour and a valued partner in India's 'Act East' policy and the Indo-Pacific region.");
        var actWest = context.Cite("Thailand's 'Act West' policy compliments India's 'Act East' policy providing a basis for substantive elevation of bilateral relations");
        var actEast = context.Cite("The defence relationship has evolved under India's \"Act East Policy,\" which aims to strengthen ties with Southeast Asian nations.");
        var mou = context.Cite("A memorandum of understanding (MoU) on defence cooperation was signed in 2012, setting the groundwork for ongoing collaboration.");
        var discussions = context.Cite("The discussions are not limited to joint exercises but extend to technology transfer, research and development, and strategic partnerships in defence production.");
        var security = context.Cite("Both nations are also addressing regional security challenges such as human trafficking and unregulated fishing in the Bay of Bengal.");
        var production = context.Cite("This initiative is part of India\u2019s broader strategy to enhance its domestic defence production capabilities");
        var exporter = context.Cite("it aims to transition from being a major arms importer to a significant exporter of military hardware");

        // The nations are reference facts, stored by ReferenceNationsSeed with their codes; the
        // report names them but states no code. Their bodies are the report's.
        var india = context.Nation("IN");
        var thailand = context.Nation("TH");
        var ministry = context.Organisation(india, "Defence Ministry", OrganisationKind.DefenceMinistry, indianLead);
        var indianArmy = context.Organisation(india, "Indian Army", OrganisationKind.Army, maitree);
        var thaiArmy = context.Organisation(thailand, "Thai Army", OrganisationKind.Army, maitree);

        // People and the posts they hold.
        var prasad = context.Add(new Person("Amitabh Prasad", indianLead));
        var tharapong = context.Add(new Person("Tharapong Malakam", thaiLead, rank: "Gen"));
        var singh = context.Add(new Person("Nagesh Singh", ambassador));
        var jointSecretary = context.Post(india, "Joint Secretary (International Cooperation)", indianLead, ministry);
        var deputySecretary = context.Post(thailand, "Deputy Permanent Secretary for Defence", thaiLead);
        var envoy = context.Post(india, "Ambassador to Thailand", ambassador, accreditedTo: thailand);
        context.Add(new PostHolding(prasad, jointSecretary, indianLead));
        context.Add(new PostHolding(tharapong, deputySecretary, thaiLead));
        context.Add(new PostHolding(singh, envoy, ambassador));

        // Cooperation areas.
        var coProduction = context.CooperationArea("co-production", focus);
        var coDevelopment = context.CooperationArea("co-development", focus);
        var jointExercises = context.CooperationArea("joint exercises", discussions);
        var technologyTransfer = context.CooperationArea("technology transfer", discussions);
        var research = context.CooperationArea("research and development", discussions);
        var productionPartnerships = context.CooperationArea("strategic partnerships in defence production", discussions);

        // The talks of 12 December 2024 and the two delegations.
        var talks = context.Add(new Engagement(EngagementKind.Talks, "exploring co-production of military hardware", PartialDate.FromYearMonthDay(2024, 12, 12), decision));
        talks.AddDelegation(india, indianLead).AddMember(prasad, DelegationRole.Leader, indianLead, jointSecretary);
        talks.AddDelegation(thailand, thaiLead).AddMember(tharapong, DelegationRole.Leader, thaiLead, deputySecretary);
        talks.AddTopic(coProduction, opening);
        foreach (var area in new[] { jointExercises, technologyTransfer, research, productionPartnerships })
        {
            talks.AddTopic(area, discussions);
        }

        // What was decided, and the working group it establishes.
        var establish = context.Add(new Agreement(
            "Agreement to establish a joint working group on defence co-production",
            AgreementKind.DecisionToEstablish,
            AgreementStatus.Agreed,
            "establish a joint working group aimed at effectively steering this initiative",
            PartialDate.FromYearMonthDay(2024, 12, 12),
            decision,
            engagement: talks));
        establish.AddParty(india, decision);
        establish.AddParty(thailand, decision);

        var group = context.Add(new WorkingGroup(
            "India-Thailand joint working group on defence co-production",
            "effectively steering the exploration of co-production of military hardware",
            WorkingGroupStatus.Planned,
            decision,
            establishedBy: establish));
        group.AddMember(india, decision);
        group.AddMember(thailand, decision);
        group.AddFocusArea(coProduction, focus);
        group.AddFocusArea(coDevelopment, focus);

        // The 2012 memorandum: the report gives the year only.
        var memorandum = context.Add(new Agreement(
            "Memorandum of understanding on defence cooperation",
            AgreementKind.MemorandumOfUnderstanding,
            AgreementStatus.Signed,
            "defence cooperation",
            PartialDate.FromYear(2012),
            mou));
        memorandum.AddParty(india, mou);
        memorandum.AddParty(thailand, mou);

        // Exercises.
        var exercise = context.Add(new MilitaryExercise("MAITREE", maitree));
        exercise.AddParticipant(india, maitree, indianArmy);
        exercise.AddParticipant(thailand, maitree, thaiArmy);

        // Policies and how they relate.
        var actEastPolicy = context.Policy(india, "Act East", actEast, aim: "strengthen ties with Southeast Asian nations");
        var actWestPolicy = context.Policy(thailand, "Act West", actWest);
        context.Add(new PolicyLink(actWestPolicy, PolicyLinkKind.Complements, actEastPolicy, actWest));
        context.Add(new PolicyPartner(actEastPolicy, thailand, neighbour));

        // Relations between the two nations.
        var indoPacific = context.Region("Indo-Pacific", RegionKind.GeopoliticalRegion, neighbour);
        context.Add(new NationRelation(thailand, NationRelationKind.MaritimeNeighbour, india, neighbour));
        context.Add(new NationRelation(thailand, NationRelationKind.ValuedPartner, india, neighbour, indoPacific));
        context.Add(new NationRelation(india, NationRelationKind.SharedThreatPerception, thailand, ambassador));
        context.Add(new NationRelation(thailand, NationRelationKind.SharedThreatPerception, india, ambassador));

        // Statements.
        context.Add(Statement.ByOrganisation(
            ministry,
            StatementForm.DirectQuotation,
            "Thailand is a maritime neighbour and a valued partner in India's 'Act East' policy and the Indo-Pacific region. Thailand's 'Act West' policy compliments India's 'Act East' policy providing a basis for substantive elevation of bilateral relations",
            quotation));
        context.Add(Statement.ByPerson(
            singh,
            StatementForm.ReportedSpeech,
            "the two nations share common threat perceptions and have been increasing dialogues and joint military exercises across their armed forces",
            ambassador));

        // Security issues in the Bay of Bengal.
        var bayOfBengal = context.Region("Bay of Bengal", RegionKind.MaritimeArea, security);
        context.SecurityIssue("human trafficking", security).LocateIn(bayOfBengal, security);
        context.SecurityIssue("unregulated fishing", security).LocateIn(bayOfBengal, security);

        // India's stated aims.
        context.Add(new NationalAim(india, "enhance its domestic defence production capabilities", production));
        context.Add(new NationalAim(india, "transition from being a major arms importer to a significant exporter of military hardware", exporter));
    }
}
