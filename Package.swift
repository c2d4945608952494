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
        // Command language, session state, completion and rendering to text.
        .target(name: "ErqiShell", dependencies: ["ErqiModel", "ErqiFiles"]),
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
                "ErqiModel", "ErqiFiles", "ErqiShell", "ErqiLineEditor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "erqi-bench", dependencies: ["ErqiModel", "ErqiFiles", "ErqiShell"]),
        // Pseudo-terminal helpers that Swift's Glibc module hides.
        .target(name: "CPty", path: "Tests/CPty"),
        .testTarget(name: "ErqiModelTests", dependencies: ["ErqiModel", "ErqiFiles"]),
        .testTarget(name: "ErqiFilesTests", dependencies: ["ErqiModel", "ErqiFiles"]),
        .testTarget(name: "ErqiShellTests", dependencies: ["ErqiModel", "ErqiFiles", "ErqiShell"]),
        .testTarget(name: "ErqiEndToEndTests", dependencies: ["CPty", "ErqiFiles"]),
    ],
    swiftLanguageModes: [.v6]
)
