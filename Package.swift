// swift-tools-version:6.1
import PackageDescription

// Modules depend one way: OKMModel ← OKMMarkdown/OKMLoad ← OKMLink ← OKMRender ← OKMBuild ← OKMServe/OKMImport ← okm.
// OKMTemplate (the compiled template engine) depends only on OKMModel (its messages); OKMRender uses it.
let package = Package(
    name: "okm",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "okm", targets: ["okm"]),
        // Load and Link as a library, for the fuzzer in Tests/Fuzz (a package of its own).
        .library(name: "OKMCore", targets: ["OKMModel", "OKMMarkdown", "OKMLoad", "OKMLink"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // okm serve's HTTP server (SwiftNIO underneath). Without its ConfigurationSupport trait,
        // which would build swift-configuration for nothing: serve is set up in code.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        // The editor's uploads (multipart/form-data), parsed by Vapor's parser on SwiftNIO.
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // libvips for the photo step (OKMBuild/PhotoCache.swift): decode, turn upright, strip, resize, save.
        .systemLibrary(
            name: "CVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"])]
        ),
        .target(name: "OKMModel"),
        .target(name: "OKMMarkdown", dependencies: ["OKMModel", "CCmark"]),
        .target(name: "OKMLoad", dependencies: ["OKMModel", "OKMMarkdown", "Yams"]),
        .target(name: "OKMLink", dependencies: ["OKMModel"]),
        .target(name: "OKMTemplate", dependencies: ["OKMModel"]),
        .target(name: "OKMRender", dependencies: [
            "OKMModel", "OKMMarkdown", "OKMLink", "OKMTemplate", "Yams",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "OKMBuild", dependencies: [
            "OKMModel", "OKMLoad", "OKMLink", "OKMRender", "CVips",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "OKMServe", dependencies: [
            "OKMBuild", "OKMMarkdown", "OKMModel", "OKMLoad", "Yams",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "MultipartKit", package: "multipart-kit"),
        ]),
        .target(name: "OKMImport", dependencies: ["OKMModel", "OKMLoad", "OKMLink", "OKMBuild"]),
        .executableTarget(name: "okm", dependencies: [
            "OKMBuild", "OKMServe", "OKMImport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "OKMModelTests", dependencies: ["OKMModel"]),
        .testTarget(name: "OKMMarkdownTests", dependencies: ["OKMMarkdown", "OKMModel"]),
        .testTarget(name: "OKMLoadTests", dependencies: ["OKMLoad", "OKMMarkdown", "OKMModel", "Yams"]),  // Yams: YAMLScalarTests reads back what was written
        .testTarget(name: "OKMLinkTests", dependencies: ["OKMLink", "OKMLoad", "OKMModel"]),
        .testTarget(name: "OKMTemplateTests", dependencies: [
            "OKMTemplate", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .testTarget(name: "OKMRenderTests", dependencies: [
            "OKMRender", "OKMTemplate", "OKMLink", "OKMLoad", "OKMModel",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .testTarget(name: "OKMBuildTests", dependencies: ["OKMBuild", "OKMModel"]),
        .testTarget(name: "OKMImportTests", dependencies: ["OKMImport", "OKMLoad", "OKMModel"]),
        .testTarget(name: "OKMCLITests", dependencies: ["okm"]),
        .testTarget(name: "OKMServeTests", dependencies: [
            "OKMServe", "OKMBuild", "OKMLoad", "OKMModel",
            // A client for the editor's HTTP tests against a server on 127.0.0.1 (EditorPublishTests).
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
