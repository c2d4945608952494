// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "erqi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "erqi", targets: ["erqi"]),
        .library(name: "ErqiModel", targets: ["ErqiModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure projection model: no I/O, no Foundation.
        .target(name: "ErqiModel"),
        // Codecs, validation with JSON paths, atomic writes, the embedded baseline.
        .target(name: "ErqiFiles", dependencies: ["ErqiModel"]),
        // Text output: tables, display width, number formats, result views.
        .target(name: "ErqiRender", dependencies: ["ErqiModel", "ErqiFiles"]),
        // Batch jobs (run, check, compare, sweep, diff, fmt) and the scenario edits they share with the shell.
        .target(name: "ErqiBatch", dependencies: ["ErqiModel", "ErqiFiles", "ErqiRender"]),
        // The shell's command language: session, commands, parsing, completion, explain, help, runner.
        .target(name: "ErqiShell", dependencies: ["ErqiModel", "ErqiFiles", "ErqiRender", "ErqiBatch"]),
        // The system C library libedit (BSD editline).
        .systemLibrary(
            name: "CLibedit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The one adapter that imports libedit.
        .target(name: "ErqiLineEditor", dependencies: ["CLibedit"]),
        .executableTarget(
            name: "erqi",
            dependencies: [
                "ErqiModel", "ErqiFiles", "ErqiRender", "ErqiBatch", "ErqiShell", "ErqiLineEditor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "erqi-bench", dependencies: ["ErqiModel", "ErqiFiles", "ErqiRender", "ErqiBatch"]),
        // Pseudo-terminal helpers that Swift's Glibc module hides.
        .target(name: "CPty", path: "Tests/CPty"),
        // Shared by the test targets: the repository root, a seeded random generator.
        .target(name: "ErqiTestSupport", path: "Tests/ErqiTestSupport"),
        .testTarget(name: "ErqiModelTests", dependencies: ["ErqiModel", "ErqiFiles", "ErqiTestSupport"]),
        .testTarget(name: "ErqiFilesTests", dependencies: ["ErqiModel", "ErqiFiles", "ErqiTestSupport"]),
        .testTarget(name: "ErqiRenderTests", dependencies: ["ErqiModel", "ErqiRender"]),
        .testTarget(name: "ErqiBatchTests", dependencies: ["ErqiModel", "ErqiFiles", "ErqiRender", "ErqiBatch", "ErqiTestSupport"]),
        .testTarget(
            name: "ErqiShellTests",
            dependencies: ["ErqiModel", "ErqiFiles", "ErqiRender", "ErqiBatch", "ErqiShell", "ErqiTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "ErqiEndToEndTests",
            dependencies: ["CPty", "ErqiFiles", "ErqiTestSupport"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Every Swift target: `any` spelled out for existentials, and imports internal unless marked
// `public import` (so a module's public API says which modules it exposes).
for target in package.targets where target.type != .system && !["CPty"].contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ]
}
