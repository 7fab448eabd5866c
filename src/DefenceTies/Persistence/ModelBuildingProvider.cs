using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DefenceTies.Persistence;

/// <summary>
/// Makes the context's <see cref="DefenceTiesProvider"/> visible to entity configurations while the
/// model is built (configurations are created by <c>ApplyConfigurationsFromAssembly</c> and cannot take
/// constructor arguments), and removes it before the model is finalised so it never reaches
/// migrations or snapshots.
/// </summary>
internal static class ModelBuildingProvider
{
    private const string AnnotationName = "DefenceTies:Provider";

    public static void Attach(ModelBuilder modelBuilder, DefenceTiesProvider provider) =>
        modelBuilder.Model.SetAnnotation(AnnotationName, provider);

    public static void Detach(ModelBuilder modelBuilder) => modelBuilder.Model.RemoveAnnotation(AnnotationName);

    public static DefenceTiesProvider Of(EntityTypeBuilder builder) =>
        builder.Metadata.Model.FindAnnotation(AnnotationName)?.Value as DefenceTiesProvider
        ?? throw new InvalidOperationException("The provider description is only available while DefenceTiesDbContext builds its model.");
}
