// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Ward",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ward", targets: ["ward"]),
        .library(name: "WardCore", targets: ["WardCore"]),
        .library(name: "WardMatch", targets: ["WardMatch"]),
        .library(name: "WardSecrets", targets: ["WardSecrets"]),
        .library(name: "WardReport", targets: ["WardReport"]),
        .library(name: "WardCode", targets: ["WardCode"]),
        .library(name: "WardConfig", targets: ["WardConfig"]),
        .library(name: "WardComponents", targets: ["WardComponents"]),
        .library(name: "WardImport", targets: ["WardImport"]),
        .library(name: "WardGovern", targets: ["WardGovern"]),
        .library(name: "WardStore", targets: ["WardStore"]),
        .library(name: "WardServer", targets: ["WardServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CVectorscan",
            pkgConfig: "libhs",
            providers: [.apt(["libvectorscan-dev"]), .brew(["vectorscan"])]
        ),
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        .systemLibrary(
            name: "CSQLite3",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .target(
            name: "WardCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "WardMatch", dependencies: ["WardCore", "CVectorscan", "CPCRE2"]),
        .target(
            name: "WardSecrets",
            dependencies: ["WardCore", "WardMatch", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(name: "WardReport", dependencies: ["WardCore"]),
        .target(
            name: "WardCode",
            dependencies: [
                "WardCore", "WardMatch", "Yams",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
            ]
        ),
        .target(name: "WardConfig", dependencies: ["WardCore", "Yams"]),
        .target(
            name: "WardComponents",
            dependencies: ["WardCore", "CSQLite3", .product(name: "ZIPFoundation", package: "ZIPFoundation"), "Yams"]
        ),
        .target(name: "WardImport", dependencies: ["WardCore"]),
        .target(name: "WardGovern", dependencies: ["WardCore", "Yams"]),
        .target(
            name: "WardStore",
            dependencies: [
                "WardCore", "WardGovern",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "WardServer",
            dependencies: [
                "WardCore", "WardGovern", "WardStore", "WardImport", "WardReport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "ward",
            dependencies: [
                "WardCore", "WardMatch", "WardSecrets", "WardCode", "WardConfig", "WardReport", "WardComponents", "WardImport",
                "WardGovern", "WardStore", "WardServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "WardCoreTests", dependencies: ["WardCore"]),
        .testTarget(name: "WardMatchTests", dependencies: ["WardMatch"]),
        .testTarget(name: "WardSecretsTests", dependencies: ["WardSecrets"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WardReportTests", dependencies: ["WardReport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WardCodeTests", dependencies: ["WardCode"]),
        .testTarget(name: "WardConfigTests", dependencies: ["WardConfig"], exclude: ["Fixtures"]),
        .testTarget(name: "WardComponentsTests", dependencies: ["WardComponents"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WardImportTests", dependencies: ["WardImport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WardGovernTests", dependencies: ["WardGovern"], exclude: ["ThreatModel/Fixtures"]),
        .testTarget(name: "WardStoreTests", dependencies: ["WardStore", "WardImport"]),
        .testTarget(
            name: "WardServerTests",
            dependencies: ["WardServer", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(name: "wardTests", dependencies: ["ward", "WardCore", "WardSecrets"]),
    ],
    swiftLanguageModes: [.v6]
)
