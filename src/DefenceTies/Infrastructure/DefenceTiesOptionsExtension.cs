using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DefenceTies.Infrastructure;

/// <summary>
/// Carries the <see cref="DefenceTiesProvider"/> in a context's options, and marks the options as
/// made by a provider package's <c>UseDefenceTies…</c> method.
/// </summary>
internal sealed class DefenceTiesOptionsExtension(DefenceTiesProvider provider) : IDbContextOptionsExtension
{
    private ExtensionInfo? _info;

    public DefenceTiesProvider Provider { get; } = provider;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

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

        public override string LogFragment => $"DefenceTiesProvider={Extension.Provider.GetType().Name} ";

        // The model depends on the provider description (its CHECK SQL), so contexts with different
        // descriptions must not share a service provider (and so a model cache).
        public override int GetServiceProviderHashCode() => Extension.Provider.GetType().GetHashCode();

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo info && info.Extension.Provider.GetType() == Extension.Provider.GetType();

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["DefenceTies:Provider"] = Extension.Provider.GetType().FullName ?? Extension.Provider.GetType().Name;
    }
}
