import ArgumentParser
import Foundation
import OKMBuild
import OKMModel

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load and link everything, write nothing, print every problem and what a reader would miss.")

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var paths: Paths
    @Option(help: "text (path:line:col: severity: message, with the source line) or json.") var format: Format = .text

    func run() throws {
        var options = paths.options
        options.today = Day.today
        try Output.refuseBadOptions(options)
        let report = Pipeline.check(options)
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.diagnostics.count - errors
        switch format {
        case .text:
            Output.print(report.diagnostics, quiet: false, options)
            Output.err("okm: \(errors) error(s), \(warnings) warning(s)")
        case .json:
            let items = report.diagnostics.map { d -> [String: Any] in
                ["file": d.location.path, "line": d.location.line, "column": d.location.column,
                 "severity": d.severity.rawValue, "message": d.message]
            }
            let object: [String: Any] = ["diagnostics": items, "errors": errors, "warnings": warnings]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
