using DefenceTies.Model;
using DefenceTies.Persistence;
using DefenceTies.Persistence.Conversion;
using DefenceTies.Persistence.Errors;
using DefenceTies.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace DefenceTies;

/// <summary>
/// The EF Core context for the DefenceTies model. Configure it through a provider package:
/// <c>UseDefenceTiesSqlite</c>/<c>AddDefenceTiesSqlite</c> (DefenceTies.Sqlite, the embedded default) or
/// <c>UseDefenceTiesPostgreSql</c>/<c>AddDefenceTiesPostgreSql</c> (DefenceTies.PostgreSql); each brings
/// its migrations, snake_case names and error translation. The context holds no configuration of
/// its own, so it can be pooled. Seeding is opt-in: see
/// <see cref="DefenceTiesDbContextOptionsBuilderExtensions.UseDefenceTiesSeeding"/>.
/// </summary>
public class DefenceTiesDbContext : DbContext
{
    private bool _saving;

    /// <summary>Creates the context with options made by a provider package's <c>UseDefenceTies…</c> method.</summary>
    /// <exception cref="InvalidOperationException">
    /// The options were not made by a provider package; or this is a subclass and the options use
    /// the provider's compiled model, which knows only this class's entities.
    /// </exception>
    public DefenceTiesDbContext(DbContextOptions<DefenceTiesDbContext> options)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Provider = options.FindExtension<DefenceTiesOptionsExtension>()?.Provider
            ?? throw new InvalidOperationException(
                "DefenceTiesDbContext needs options made by a DefenceTies provider package: call UseDefenceTiesSqlite(...) "
                + "(package DefenceTies.Sqlite) or UseDefenceTiesPostgreSql(...) (package DefenceTies.PostgreSql) instead of "
                + "UseSqlite/UseNpgsql, or register it with AddDefenceTiesSqlite/AddDefenceTiesPostgreSql. They bring the "
                + "migrations, the snake_case names the migrations expect and the translation of constraint errors.");

        // A subclass may add entities the compiled model lacks; it would fail later, on a query, with
        // EF's message about an unknown entity type. Say so here, with the fix.
        if (GetType() != typeof(DefenceTiesDbContext)
            && Provider.Compiled is { } compiled
            && ReferenceEquals(options.FindExtension<CoreOptionsExtension>()?.Model, compiled))
        {
            throw new InvalidOperationException(
                $"{GetType().Name} derives from DefenceTiesDbContext, but its options use the compiled model of DefenceTiesDbContext, "
                + "which knows only the library's own entities: call UseRuntimeModel() after UseDefenceTiesSqlite(...) or "
                + "UseDefenceTiesPostgreSql(...) so that the model is built from the configurations, yours included.");
        }
    }

    /// <summary>The provider description from the options.</summary>
    internal DefenceTiesProvider Provider { get; }

    /// <summary>
    /// Refuses, through the provider, to write on a connection that cannot take writes (a standby),
    /// before a write path of several statements starts. Here, not on the provider, so that write
    /// paths outside <c>Persistence</c> (the fact-pack importer) need not use that namespace.
    /// </summary>
    internal void EnsureWritable(string operation) =>
        Provider.CheckWritable(Database.GetDbConnection(), Database.CurrentTransaction?.GetDbTransaction(), operation);

    /// <inheritdoc cref="EnsureWritable(string)" />
    internal Task EnsureWritableAsync(string operation, CancellationToken cancellationToken) =>
        Provider.CheckWritableAsync(Database.GetDbConnection(), Database.CurrentTransaction?.GetDbTransaction(), operation, cancellationToken);

    /// <summary>
    /// The rules <c>SaveChanges</c> checks on the whole change before any SQL runs (an agreement has
    /// at least two distinct parties), without saving: what a dry run of a write checks too.
    /// </summary>
    /// <exception cref="DomainRuleException">A rule is broken.</exception>
    internal void CheckWholeChange() => AgreementPartiesCheck.Run(this);

    /// <inheritdoc cref="CheckWholeChange" />
    internal Task CheckWholeChangeAsync(CancellationToken cancellationToken) => AgreementPartiesCheck.RunAsync(this, cancellationToken);

    /// <summary>Whether <c>SaveChanges</c> is running (it translates its own errors, with the entries' values).</summary>
    internal bool IsSaving => _saving;

    /// <summary>Source documents, with their full text.</summary>
    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    /// <summary>Verbatim passages of source documents that facts cite.</summary>
    public DbSet<Citation> Citations => Set<Citation>();

    /// <summary>The citations of single values of facts, where a value is supported otherwise than its fact (see <see cref="ValueCitation"/>).</summary>
    public DbSet<ValueCitation> ValueCitations => Set<ValueCitation>();

    /// <summary>Nations, by ISO 3166-1 code.</summary>
    public DbSet<Nation> Nations => Set<Nation>();

    /// <summary>Ministries, armed services, embassies; international organisations and forums; companies and non-state groups.</summary>
    public DbSet<Organisation> Organisations => Set<Organisation>();

    /// <summary>Members of bodies, with their roles and terms.</summary>
    public DbSet<OrganisationMembership> OrganisationMemberships => Set<OrganisationMembership>();

    /// <summary>Officials, officers and diplomats.</summary>
    public DbSet<Person> People => Set<Person>();

    /// <summary>Posts that people hold.</summary>
    public DbSet<Post> Posts => Set<Post>();

    /// <summary>Who holds (or held) which post.</summary>
    public DbSet<PostHolding> PostHoldings => Set<PostHolding>();

    /// <summary>Other names of people, posts, organisations and agreements (a short name, an acronym, a native-language title).</summary>
    public DbSet<OtherName> OtherNames => Set<OtherName>();

    /// <summary>Meetings and talks between nations.</summary>
    public DbSet<Engagement> Engagements => Set<Engagement>();

    /// <summary>Cooperation areas discussed at engagements.</summary>
    public DbSet<EngagementTopic> EngagementTopics => Set<EngagementTopic>();

    /// <summary>Nations and bodies with a role in an engagement.</summary>
    public DbSet<EngagementParticipant> EngagementParticipants => Set<EngagementParticipant>();

    /// <summary>The agreements engagements discussed, reviewed or advanced without concluding them.</summary>
    public DbSet<EngagementAgreement> EngagementAgreements => Set<EngagementAgreement>();

    /// <summary>Nations' teams at engagements.</summary>
    public DbSet<Delegation> Delegations => Set<Delegation>();

    /// <summary>Members of delegations, leaders among them.</summary>
    public DbSet<DelegationMember> DelegationMembers => Set<DelegationMember>();

    /// <summary>Agreements between nations.</summary>
    public DbSet<Agreement> Agreements => Set<Agreement>();

    /// <summary>Parties to agreements.</summary>
    public DbSet<AgreementParty> AgreementParties => Set<AgreementParty>();

    /// <summary>Bodies without a nation party to agreements.</summary>
    public DbSet<AgreementOrganisationParty> AgreementOrganisationParties => Set<AgreementOrganisationParty>();

    /// <summary>The bodies that signed agreements, with their roles and the nations they signed for.</summary>
    public DbSet<AgreementSignatory> AgreementSignatories => Set<AgreementSignatory>();

    /// <summary>The steps of agreements' legal lives: signature, ratification or approval by a party, entry into force, termination and the rest, each dated and cited.</summary>
    public DbSet<AgreementEvent> AgreementEvents => Set<AgreementEvent>();

    /// <summary>Who owns which company, joint venture or state-owned enterprise, with the shares as stated.</summary>
    public DbSet<Ownership> Ownerships => Set<Ownership>();

    /// <summary>Defence deals and arms transfers: who supplies what to whom, how many, for how much and when, as stated.</summary>
    public DbSet<DefenceDeal> DefenceDeals => Set<DefenceDeal>();

    /// <summary>The places where exercises took place: their areas and bases.</summary>
    public DbSet<ExercisePlace> ExercisePlaces => Set<ExercisePlace>();

    /// <summary>What participating nations contribute to exercises: ships, aircraft, vehicles, people, as stated.</summary>
    public DbSet<ForceContribution> ForceContributions => Set<ForceContribution>();

    /// <summary>Invitations: who invited whom to an engagement or an exercise edition, and the response where stated.</summary>
    public DbSet<Invitation> Invitations => Set<Invitation>();

    /// <summary>Joint working groups.</summary>
    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();

    /// <summary>Member nations of working groups.</summary>
    public DbSet<WorkingGroupMember> WorkingGroupMembers => Set<WorkingGroupMember>();

    /// <summary>Focus areas of working groups.</summary>
    public DbSet<WorkingGroupFocusArea> WorkingGroupFocusAreas => Set<WorkingGroupFocusArea>();

    /// <summary>Fields of defence cooperation.</summary>
    public DbSet<CooperationArea> CooperationAreas => Set<CooperationArea>();

    /// <summary>Initiatives and programmes nations pursue together.</summary>
    public DbSet<Initiative> Initiatives => Set<Initiative>();

    /// <summary>The nations taking part in initiatives.</summary>
    public DbSet<InitiativeParticipant> InitiativeParticipants => Set<InitiativeParticipant>();

    /// <summary>Military exercise series, such as MAITREE.</summary>
    public DbSet<ExerciseSeries> ExerciseSeries => Set<ExerciseSeries>();

    /// <summary>Military exercises: the editions of the series, each held once.</summary>
    public DbSet<MilitaryExercise> MilitaryExercises => Set<MilitaryExercise>();

    /// <summary>Nations and services taking part in exercises.</summary>
    public DbSet<ExerciseParticipant> ExerciseParticipants => Set<ExerciseParticipant>();

    /// <summary>National policies.</summary>
    public DbSet<Policy> Policies => Set<Policy>();

    /// <summary>Typed links between policies.</summary>
    public DbSet<PolicyLink> PolicyLinks => Set<PolicyLink>();

    /// <summary>Nations named as partners in other nations' policies.</summary>
    public DbSet<PolicyPartner> PolicyPartners => Set<PolicyPartner>();

    /// <summary>Geographic and geopolitical regions.</summary>
    public DbSet<Region> Regions => Set<Region>();

    /// <summary>Security challenges.</summary>
    public DbSet<SecurityIssue> SecurityIssues => Set<SecurityIssue>();

    /// <summary>Where security issues arise.</summary>
    public DbSet<SecurityIssueRegion> SecurityIssueRegions => Set<SecurityIssueRegion>();

    /// <summary>Who is behind, affected by or addressing security issues.</summary>
    public DbSet<SecurityIssueActor> SecurityIssueActors => Set<SecurityIssueActor>();

    /// <summary>Statements and quotations.</summary>
    public DbSet<Statement> Statements => Set<Statement>();

    /// <summary>Relations between nations as sources state them.</summary>
    public DbSet<NationRelation> NationRelations => Set<NationRelation>();

    /// <summary>Aims nations are stated to pursue.</summary>
    public DbSet<NationalAim> NationalAims => Set<NationalAim>();

    /// <summary>The record of seeds already applied.</summary>
    public DbSet<AppliedSeed> AppliedSeeds => Set<AppliedSeed>();

    /// <summary>
    /// Saves changes. First, before any SQL runs, the rules only the whole change can show: an
    /// agreement is saved with at least two distinct parties (a <see cref="DomainRuleException"/>
    /// naming <c>Agreement.Parties</c> otherwise). A row the database refuses (CHECK, UNIQUE, FOREIGN
    /// KEY, NOT NULL, or text it cannot store) raises <see cref="ConstraintViolationException"/> naming
    /// entity, field and value; a concurrent edit of an <see cref="IVersioned"/> entity raises
    /// <see cref="DbUpdateConcurrencyException"/>. Whatever the error, nothing of the failed save is stored.
    /// </summary>
    /// <exception cref="DomainRuleException">An agreement would be saved with fewer than two distinct parties.</exception>
    /// <exception cref="ConstraintViolationException">The database refused a row.</exception>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        CheckWholeChange();
        _saving = true;
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateException ex) when (ConstraintViolationTranslator.Translate(ex, Model, Provider) is { } violation)
        {
            throw violation;
        }
        finally
        {
            _saving = false;
        }
    }

    /// <inheritdoc cref="SaveChanges(bool)" />
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await CheckWholeChangeAsync(cancellationToken).ConfigureAwait(false);
        _saving = true;
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (ConstraintViolationTranslator.Translate(ex, Model, Provider) is { } violation)
        {
            throw violation;
        }
        finally
        {
            _saving = false;
        }
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<PartialDate>().HaveConversion<PartialDateConverter>().HaveMaxLength(PartialDate.MaxTextLength);
        configurationBuilder.Properties<Share>().HaveConversion<ShareConverter>();
        configurationBuilder.Properties<MoneyAmount>().HaveConversion<MoneyAmountConverter>();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ModelBuildingProvider.Attach(modelBuilder, Provider);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DefenceTiesDbContext).Assembly);
        ModelBuildingProvider.Detach(modelBuilder);

        // Facts are evidence: deleting one row must never silently remove others. Every
        // relationship restricts deletes; removing a fact means removing its dependants first.
        foreach (var foreignKey in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()))
        {
            foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
        }
    }
}
