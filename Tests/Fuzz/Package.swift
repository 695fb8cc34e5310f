// swift-tools-version:6.0
import PackageDescription

// The libFuzzer target over Load and Link. A package of its own so that the normal build
// never compiles it; scripts/fuzz builds it with `--sanitize fuzzer --sanitize address`.
let package = Package(
    name: "okm-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "okm", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "OKMFuzz",
            dependencies: [.product(name: "OKMCore", package: "okm")],
            // libFuzzer brings its own main(); the entry point is LLVMFuzzerTestOneInput.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
