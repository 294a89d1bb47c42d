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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
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
        .executableTarget(
            name: "ward",
            dependencies: [
                "WardCore", "WardMatch", "WardSecrets", "WardReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "WardCoreTests", dependencies: ["WardCore"]),
        .testTarget(name: "WardMatchTests", dependencies: ["WardMatch"]),
        .testTarget(name: "WardSecretsTests", dependencies: ["WardSecrets"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WardReportTests", dependencies: ["WardReport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "wardTests", dependencies: ["ward", "WardCore", "WardSecrets"]),
    ],
    swiftLanguageModes: [.v6]
)
