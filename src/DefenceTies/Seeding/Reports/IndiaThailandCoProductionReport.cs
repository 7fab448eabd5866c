using DefenceTies.Model;

namespace DefenceTies.Seeding.Reports;

/// <summary>
/// The facts of the report of 2024-12-13 on India and Thailand agreeing, on 12 December 2024, to set
/// up a joint working group on defence co-production. Every fact cites the sentence it comes from;
/// nothing the report does not state is added (the 2012 MoU keeps year precision, the untitled
/// report keeps no title, the armies, the working group and the decision stay unnamed); readings
/// are cited as implied with a note, and relayed claims are attributed to their statements.
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
        const string opening = "India and Thailand are set to enhance their defence collaboration by exploring co-production of military hardware.";
        const string decision = "On December 12, 2024, both countries agreed to establish a joint working group aimed at effectively steering this initiative.";
        const string growing = "This decision reflects a broader commitment to deepen defence ties, which have been growing steadily over the years.";
        const string indianLead = "The Indian delegation was led by the Defence Ministry's Joint Secretary (International Cooperation) Amitabh Prasad";
        const string thaiLead = "the Thai side was headed by Deputy Permanent Secretary for Defence Gen Tharapong Malakam";
        const string focus = "The upcoming joint working group will focus on co-production and co-development of military equipment";
        const string ambassador = "Indian Ambassador to Thailand, Nagesh Singh, emphasised that the two nations share common threat perceptions and have been increasing dialogues and joint military exercises across their armed forces.";
        const string maitree = "This includes the recent MAITREE exercise involving both armies.";
        const string quotation = "'Thailand is a maritime neighbour and a valued partner in India's 'Act East' policy and the Indo-Pacific region. Thailand's 'Act West' policy compliments India's 'Act East' policy providing a basis for substantive elevation of bilateral relations,' the defence ministry said in a statement.";
        const string neighbour = "Thailand is a maritime neighbour and a valued partner in India's 'Act East' policy and the Indo-Pacific region.";
        const string actWest = "Thailand's 'Act West' policy compliments India's 'Act East' policy providing a basis for substantive elevation of bilateral relations";
        const string actEast = "The defence relationship has evolved under India's \"Act East Policy,\" which aims to strengthen ties with Southeast Asian nations.";
        const string mou = "A memorandum of understanding (MoU) on defence cooperation was signed in 2012, setting the groundwork for ongoing collaboration.";
        const string discussions = "The discussions are not limited to joint exercises but extend to technology transfer, research and development, and strategic partnerships in defence production.";
        const string security = "Both nations are also addressing regional security challenges such as human trafficking and unregulated fishing in the Bay of Bengal.";
        const string strategy = "This initiative is part of India\u2019s broader strategy to enhance its domestic defence production capabilities while fostering international partnerships";
        const string exporter = "it aims to transition from being a major arms importer to a significant exporter of military hardware";
        const string bothCountries = "'Both countries' are India and Thailand, named in the report's opening sentence.";

        // The nations are reference facts, stored by ReferenceNationsSeed with their codes; the
        // report names them but states no code.
        var india = context.Nation("IN");
        var thailand = context.Nation("TH");

        // Bodies: the report names India's defence ministry but neither army.
        var ministry = context.Organisation(india, "Defence Ministry", OrganisationKind.DefenceMinistry, context.Cite(indianLead));
        const string armies = "'Both armies' in an exercise of the two nations: one army of India and one of Thailand; the report names neither.";
        var indianArmy = context.Organisation(india, null, OrganisationKind.Army, context.Infer(maitree, armies));
        var thaiArmy = context.Organisation(thailand, null, OrganisationKind.Army, context.Infer(maitree, armies));

        // People and the posts they hold.
        var prasad = context.Add(new Person("Amitabh Prasad", context.Cite(indianLead)));
        var tharapong = context.Add(new Person("Tharapong Malakam", context.Cite(thaiLead), rank: "Gen"));
        var singh = context.Add(new Person("Nagesh Singh", context.Cite(ambassador)));
        var jointSecretary = context.Post(india, "Joint Secretary (International Cooperation)", context.Cite(indianLead), ministry);
        var deputySecretary = context.Post(thailand, "Deputy Permanent Secretary for Defence", context.Cite(thaiLead));
        var envoy = context.Post(india, "Ambassador to Thailand", context.Cite(ambassador), accreditedTo: thailand);
        context.Add(new PostHolding(prasad, jointSecretary, context.Cite(indianLead)));
        context.Add(new PostHolding(tharapong, deputySecretary, context.Cite(thaiLead)));
        context.Add(new PostHolding(singh, envoy, context.Cite(ambassador)));

        // What was said, by whom: facts from these statements are attributed to them.
        var ministryStatement = context.Add(Statement.ByOrganisation(
            ministry,
            StatementForm.DirectQuotation,
            "Thailand is a maritime neighbour and a valued partner in India's 'Act East' policy and the Indo-Pacific region. Thailand's 'Act West' policy compliments India's 'Act East' policy providing a basis for substantive elevation of bilateral relations",
            context.Cite(quotation)));
        var ambassadorStatement = context.Add(Statement.ByPerson(
            singh,
            StatementForm.ReportedSpeech,
            "the two nations share common threat perceptions and have been increasing dialogues and joint military exercises across their armed forces",
            context.Cite(ambassador)));

        // Cooperation areas.
        var coProduction = context.CooperationArea("co-production", context.Cite(focus));
        var coDevelopment = context.CooperationArea("co-development", context.Cite(focus));
        var jointExercises = context.CooperationArea("joint exercises", context.Cite(discussions));
        var technologyTransfer = context.CooperationArea("technology transfer", context.Cite(discussions));
        var research = context.CooperationArea("research and development", context.Cite(discussions));
        var productionPartnerships = context.CooperationArea("strategic partnerships in defence production", context.Cite(discussions));

        // The talks: the report dates the agreement, not a meeting; that the delegations met in talks that day is a reading.
        var talks = context.Add(new Engagement(
            EngagementKind.Talks,
            "co-production of military hardware",
            PartialDate.FromYearMonthDay(2024, 12, 12),
            context.Infer(decision, "The report dates the agreement (December 12, 2024) and describes the two delegations; that they met in talks that day is a reading, not a statement.")));
        talks.AddDelegation(india, context.Cite(indianLead)).AddMember(prasad, DelegationRole.Leader, context.Cite(indianLead), jointSecretary);
        talks.AddDelegation(thailand, context.Cite(thaiLead)).AddMember(tharapong, DelegationRole.Leader, context.Cite(thaiLead), deputySecretary);
        talks.AddTopic(coProduction, context.Infer(opening, "The opening sentence says the two nations are exploring co-production; that it was a topic of the talks is a reading."));
        foreach (var area in new[] { jointExercises, technologyTransfer, research, productionPartnerships })
        {
            talks.AddTopic(area, context.Cite(discussions));
        }

        // What was decided (the report gives it no title), and the working group (the report gives it no name).
        var establish = context.Add(new Agreement(
            title: null,
            AgreementKind.DecisionToEstablish,
            AgreementStatus.Agreed,
            "establish a joint working group",
            PartialDate.FromYearMonthDay(2024, 12, 12),
            context.Cite(decision),
            engagement: talks));
        establish.AddParty(india, context.Infer(decision, bothCountries));
        establish.AddParty(thailand, context.Infer(decision, bothCountries));

        var group = context.Add(new WorkingGroup(
            name: null,
            "effectively steering this initiative",
            WorkingGroupStatus.Planned,
            context.Cite(decision),
            establishedBy: establish));
        group.AddMember(india, context.Infer(decision, bothCountries));
        group.AddMember(thailand, context.Infer(decision, bothCountries));
        group.AddFocusArea(coProduction, context.Cite(focus));
        group.AddFocusArea(coDevelopment, context.Cite(focus));

        // The 2012 memorandum: the report gives the year only, no title, and no parties.
        var memorandum = context.Add(new Agreement(
            title: null,
            AgreementKind.MemorandumOfUnderstanding,
            AgreementStatus.Signed,
            "defence cooperation",
            PartialDate.FromYear(2012),
            context.Cite(mou),
            significance: "setting the groundwork for ongoing collaboration"));
        const string mouParties = "The paragraph is about India's defence relationship with Thailand; the report says the MoU 'was signed in 2012' without naming its parties.";
        memorandum.AddParty(india, context.Infer(mou, mouParties));
        memorandum.AddParty(thailand, context.Infer(mou, mouParties));

        // Exercises: the report gives MAITREE no date.
        var exercise = context.Add(new MilitaryExercise("MAITREE", context.Cite(maitree)));
        exercise.AddParticipant(india, context.Infer(maitree, armies), indianArmy);
        exercise.AddParticipant(thailand, context.Infer(maitree, armies), thaiArmy);

        // Policies and how they relate; the ministry's claims are attributed to its statement.
        var actEastPolicy = context.Policy(india, "Act East", context.Cite(actEast), aim: "strengthen ties with Southeast Asian nations");
        var actWestPolicy = context.Policy(thailand, "Act West", context.Cite(actWest).ClaimedIn(ministryStatement));
        context.Add(new PolicyLink(actWestPolicy, PolicyLinkKind.Complements, actEastPolicy, context.Cite(actWest).ClaimedIn(ministryStatement)));
        context.Add(new PolicyPartner(actEastPolicy, thailand, context.Cite(neighbour).ClaimedIn(ministryStatement)));

        // Relations between the two nations, each attributed to whoever claims it.
        var indoPacific = context.Region("Indo-Pacific", RegionKind.GeopoliticalRegion, context.Cite(neighbour).ClaimedIn(ministryStatement));
        context.Add(new NationRelation(thailand, NationRelationKind.MaritimeNeighbour, india, context.Cite(neighbour).ClaimedIn(ministryStatement)));
        context.Add(new NationRelation(thailand, NationRelationKind.ValuedPartner, india, context.Cite(neighbour).ClaimedIn(ministryStatement), indoPacific));
        context.Add(new NationRelation(india, NationRelationKind.SharedThreatPerception, thailand, context.Cite(ambassador).ClaimedIn(ambassadorStatement)));
        context.Add(new NationRelation(thailand, NationRelationKind.SharedThreatPerception, india, context.Cite(ambassador).ClaimedIn(ambassadorStatement)));
        const string ties = "'Defence ties' in a report about India and Thailand are the two nations' ties.";
        context.Add(new NationRelation(india, NationRelationKind.GrowingDefenceTies, thailand, context.Infer(growing, ties)));
        context.Add(new NationRelation(thailand, NationRelationKind.GrowingDefenceTies, india, context.Infer(growing, ties)));

        // Security issues in the Bay of Bengal.
        var bayOfBengal = context.Region("Bay of Bengal", RegionKind.MaritimeArea, context.Cite(security));
        context.SecurityIssue("human trafficking", context.Cite(security)).LocateIn(bayOfBengal, context.Cite(security));
        context.SecurityIssue("unregulated fishing", context.Cite(security)).LocateIn(bayOfBengal, context.Cite(security));

        // India's stated aims: the initiative is part of the first.
        context.Add(new NationalAim(india, "enhance its domestic defence production capabilities while fostering international partnerships", context.Cite(strategy)));
        context.Add(new NationalAim(india, "transition from being a major arms importer to a significant exporter of military hardware", context.Cite(exporter)));
    }
}
