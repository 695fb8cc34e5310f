// swift-tools-version:6.0
import PackageDescription

// Modules depend one way: OKMModel ← OKMMarkdown/OKMLoad ← OKMLink ← OKMRender ← OKMBuild ← OKMServe ← okm.
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
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
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
        .target(name: "OKMRender", dependencies: [
            "OKMModel", "OKMMarkdown", "OKMLink", "Yams",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "OKMBuild", dependencies: [
            "OKMModel", "OKMLoad", "OKMLink", "OKMRender", "CVips",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "OKMServe", dependencies: [
            "OKMBuild", "OKMModel",
            .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        .executableTarget(name: "okm", dependencies: [
            "OKMBuild", "OKMServe",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "OKMModelTests", dependencies: ["OKMModel"]),
        .testTarget(name: "OKMMarkdownTests", dependencies: ["OKMMarkdown", "OKMModel"]),
        .testTarget(name: "OKMLoadTests", dependencies: ["OKMLoad", "OKMModel"]),
        .testTarget(name: "OKMLinkTests", dependencies: ["OKMLink", "OKMLoad", "OKMModel"]),
        .testTarget(name: "OKMRenderTests", dependencies: ["OKMRender", "OKMLink", "OKMLoad", "OKMModel"]),
        .testTarget(name: "OKMBuildTests", dependencies: ["OKMBuild", "OKMModel"]),
        .testTarget(name: "OKMCLITests", dependencies: ["okm"]),
    ],
    swiftLanguageModes: [.v6]
)
