namespace DefenceTies.Tests.Infrastructure;

/// <summary>Finds files of the repository checkout the tests were built from.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding DefenceTies.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The report in <c>../shared/seed</c> beside the checkout, or null where there is none.</summary>
    public static string? SharedSeedFile(string fileName)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seed", fileName));
        return File.Exists(path) ? path : null;
    }

    /// <summary>A file of <c>../shared/reference</c> beside the checkout, or null where there is none.</summary>
    public static string? SharedReferenceFile(string fileName)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference", fileName));
        return File.Exists(path) ? path : null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DefenceTies.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"DefenceTies.sln not found above {AppContext.BaseDirectory}.");
    }
}
