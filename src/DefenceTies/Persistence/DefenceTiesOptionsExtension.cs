using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DefenceTies.Persistence;

/// <summary>
/// Carries the <see cref="DefenceTiesProvider"/> and the DefenceTies switches in a context's
/// options, and marks the options as made by a provider package's <c>UseDefenceTies…</c> method.
/// </summary>
internal sealed class DefenceTiesOptionsExtension(DefenceTiesProvider provider, bool allowsUnknownMigrations = false, bool usesRuntimeModel = false) : IDbContextOptionsExtension
{
    private ExtensionInfo? _info;

    public DefenceTiesProvider Provider { get; } = provider;

    /// <summary>Whether <c>Migrate</c> may run on a database whose history holds migrations this version does not know.</summary>
    public bool AllowsUnknownMigrations { get; } = allowsUnknownMigrations;

    /// <summary>Whether the model is built from the configurations at run time instead of the provider's compiled model.</summary>
    public bool UsesRuntimeModel { get; } = usesRuntimeModel;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public DefenceTiesOptionsExtension WithProvider(DefenceTiesProvider provider) => new(provider, AllowsUnknownMigrations, UsesRuntimeModel);

    public DefenceTiesOptionsExtension WithUnknownMigrationsAllowed() => new(Provider, allowsUnknownMigrations: true, UsesRuntimeModel);

    public DefenceTiesOptionsExtension WithRuntimeModel() => new(Provider, AllowsUnknownMigrations, usesRuntimeModel: true);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(DefenceTiesOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private new DefenceTiesOptionsExtension Extension => (DefenceTiesOptionsExtension)base.Extension;

        public override bool IsDatabaseProvider => false;

        public override string LogFragment =>
            $"DefenceTiesProvider={Extension.Provider.GetType().Name} " + (Extension.AllowsUnknownMigrations ? "AllowUnknownMigrations " : string.Empty)
            + (Extension.UsesRuntimeModel ? "RuntimeModel " : string.Empty);

        // The model depends on the provider description (its CHECK SQL), so contexts with different
        // descriptions must not share a service provider (and so a model cache). The migration
        // switch is read from the options at run time, so it does not need a provider of its own.
        public override int GetServiceProviderHashCode() => Extension.Provider.GetType().GetHashCode();

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo info && info.Extension.Provider.GetType() == Extension.Provider.GetType();

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
            debugInfo["DefenceTies:Provider"] = Extension.Provider.GetType().FullName ?? Extension.Provider.GetType().Name;
            debugInfo["DefenceTies:AllowUnknownMigrations"] = Extension.AllowsUnknownMigrations ? "1" : "0";
            debugInfo["DefenceTies:RuntimeModel"] = Extension.UsesRuntimeModel ? "1" : "0";
        }
    }
}
