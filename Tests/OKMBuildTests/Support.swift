import Foundation

/// Paths and scratch folders shared by the tests of this target. Everything sits in one
/// namespace so nothing here collides with the names of other test files.
enum BuildTestSupport {
    /// The repository root: this file is `<root>/Tests/OKMBuildTests/Support.swift`.
    static let repositoryRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // Support.swift
        .deletingLastPathComponent()   // OKMBuildTests
        .deletingLastPathComponent()   // Tests
        .path

    /// `<root>/Tests/Fixtures`.
    static var fixturesDirectory: String { repositoryRoot + "/Tests/Fixtures" }

    /// `<root>/templates`, the theme every fixture is built with.
    static var templatesDirectory: String { repositoryRoot + "/templates" }

    /// A new, empty folder under the system's temporary folder. The caller removes it.
    static func makeTemporaryDirectory(prefix: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The names of the sub-folders of `directory` (not hidden), sorted.
    static func subdirectoryNames(of directory: String) -> [String] {
        let fm = FileManager.default
        let names = (try? fm.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && fm.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }

    /// Every entry under `directory` (files and folders, hidden ones too), as paths relative
    /// to it, sorted.
    static func allEntriesRecursively(in directory: String) -> [String] {
        (FileManager.default.subpaths(atPath: directory) ?? []).sorted()
    }

    /// Every regular file under `directory` (hidden ones too), as paths relative to it, sorted.
    static func regularFilesRecursively(in directory: String) -> [String] {
        let fm = FileManager.default
        return allEntriesRecursively(in: directory).filter { relative in
            let attributes = try? fm.attributesOfItem(atPath: directory + "/" + relative)
            return attributes?[.type] as? FileAttributeType == .typeRegular
        }
    }
}
