/// Every lockfile and manifest format Ward reads, sorted by type name, one per line.
public enum BuiltInLockfileParsers {
    public static let all: [any LockfileParser] = [
        CargoLockParser(),
        CartfileResolvedParser(),
        ComposerLockParser(),
        GemfileLockParser(),
        GoModParser(),
        GoSumParser(),
        GradleLockfileParser(),
        GradleVersionCatalogParser(),
        NuGetPackagesLockParser(),
        PackageLockParser(),
        PipfileLockParser(),
        PnpmLockParser(),
        PodfileLockParser(),
        PoetryLockParser(),
        PomParser(),
        PubspecLockParser(),
        RequirementsParser(),
        SwiftPackageResolvedParser(),
        UvLockParser(),
        YarnLockParser(),
    ]
}
