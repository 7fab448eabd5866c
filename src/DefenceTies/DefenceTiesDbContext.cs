using DefenceTies.Model;
using DefenceTies.Persistence;
using DefenceTies.Persistence.Conversion;
using DefenceTies.Persistence.Errors;
using DefenceTies.Seeding;
using Microsoft.EntityFrameworkCore;

namespace DefenceTies;

/// <summary>
/// The EF Core context for the DefenceTies model. Configure it with <c>UseSqlite</c> (the embedded
/// default, migrations in this assembly) or <c>UseNpgsql</c>; tables and columns are snake_case on
/// every provider. Seeding is opt-in: see <see cref="DefenceTiesDbContextOptionsBuilderExtensions.UseDefenceTiesSeeding"/>.
/// </summary>
public class DefenceTiesDbContext : DbContext
{
    /// <summary>Creates the context with the given options.</summary>
    public DefenceTiesDbContext(DbContextOptions<DefenceTiesDbContext> options)
        : base(options)
    {
    }

    /// <summary>Source documents, with their full text.</summary>
    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    /// <summary>Verbatim passages of source documents that facts cite.</summary>
    public DbSet<Citation> Citations => Set<Citation>();

    /// <summary>Nations, by ISO 3166-1 code.</summary>
    public DbSet<Nation> Nations => Set<Nation>();

    /// <summary>Ministries, armed services, embassies.</summary>
    public DbSet<Organisation> Organisations => Set<Organisation>();

    /// <summary>Officials, officers and diplomats.</summary>
    public DbSet<Person> People => Set<Person>();

    /// <summary>Posts that people hold.</summary>
    public DbSet<Post> Posts => Set<Post>();

    /// <summary>Who holds (or held) which post.</summary>
    public DbSet<PostHolding> PostHoldings => Set<PostHolding>();

    /// <summary>Meetings and talks between nations.</summary>
    public DbSet<Engagement> Engagements => Set<Engagement>();

    /// <summary>Cooperation areas discussed at engagements.</summary>
    public DbSet<EngagementTopic> EngagementTopics => Set<EngagementTopic>();

    /// <summary>Nations' teams at engagements.</summary>
    public DbSet<Delegation> Delegations => Set<Delegation>();

    /// <summary>Members of delegations, leaders among them.</summary>
    public DbSet<DelegationMember> DelegationMembers => Set<DelegationMember>();

    /// <summary>Agreements between nations.</summary>
    public DbSet<Agreement> Agreements => Set<Agreement>();

    /// <summary>Parties to agreements.</summary>
    public DbSet<AgreementParty> AgreementParties => Set<AgreementParty>();

    /// <summary>Joint working groups.</summary>
    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();

    /// <summary>Member nations of working groups.</summary>
    public DbSet<WorkingGroupMember> WorkingGroupMembers => Set<WorkingGroupMember>();

    /// <summary>Focus areas of working groups.</summary>
    public DbSet<WorkingGroupFocusArea> WorkingGroupFocusAreas => Set<WorkingGroupFocusArea>();

    /// <summary>Fields of defence cooperation.</summary>
    public DbSet<CooperationArea> CooperationAreas => Set<CooperationArea>();

    /// <summary>Military exercises.</summary>
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

    /// <summary>Statements and quotations.</summary>
    public DbSet<Statement> Statements => Set<Statement>();

    /// <summary>Relations between nations as sources state them.</summary>
    public DbSet<NationRelation> NationRelations => Set<NationRelation>();

    /// <summary>Aims nations are stated to pursue.</summary>
    public DbSet<NationalAim> NationalAims => Set<NationalAim>();

    /// <summary>The record of seeds already applied.</summary>
    public DbSet<AppliedSeed> AppliedSeeds => Set<AppliedSeed>();

    /// <inheritdoc />
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);

        // One naming rule for every provider, decided here so the model (and so every migration)
        // never depends on what an application remembered to call.
        optionsBuilder.UseSnakeCaseNamingConvention();
        optionsBuilder.AddInterceptors(VersionStampInterceptor.Instance, SqliteConnectionSetupInterceptor.Instance);
    }

    /// <summary>
    /// Saves changes. A row the database refuses (CHECK, UNIQUE, FOREIGN KEY, NOT NULL) raises
    /// <see cref="ConstraintViolationException"/> naming entity, field and value; a concurrent edit
    /// of an <see cref="IVersioned"/> entity raises <see cref="DbUpdateConcurrencyException"/>.
    /// Either way nothing of the failed save is stored.
    /// </summary>
    /// <exception cref="ConstraintViolationException">The database refused a row.</exception>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateException ex) when (ConstraintViolationTranslator.Translate(ex, Model) is { } violation)
        {
            throw violation;
        }
    }

    /// <inheritdoc cref="SaveChanges(bool)" />
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (ConstraintViolationTranslator.Translate(ex, Model) is { } violation)
        {
            throw violation;
        }
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<PartialDate>().HaveConversion<PartialDateConverter>().HaveMaxLength(PartialDate.MaxTextLength);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        SqlDialect.Attach(modelBuilder, SqlDialect.ForProvider(Database.ProviderName));
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DefenceTiesDbContext).Assembly);
        SqlDialect.Detach(modelBuilder);

        // Facts are evidence: deleting one row must never silently remove others. Every
        // relationship restricts deletes; removing a fact means removing its dependants first.
        foreach (var foreignKey in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()))
        {
            foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
        }
    }
}
