import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: Strings.text("cli.validate.abstract"),
    discussion: Strings.text("cli.validate.discussion")
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var dataOptions: DataOptions

  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("cli.help.formatTextJson"), valueName: Strings.text("cli.valueName.format")))
  var format: OutputFormat = .text

  @Argument(help: ArgumentHelp(Strings.text("cli.validate.pathsHelp"), valueName: Strings.text("cli.valueName.path")))
  var paths: [String] = []

  func run() throws {
    // Shared bodies (files in a `bodies/` directory, or that directory) are checked as bodies, not as profiles.
    let isBodyPath: (String) -> Bool = { path in
      let standardized = (path as NSString).standardizingPath
      return (standardized as NSString).lastPathComponent == "bodies"
        || ((standardized as NSString).deletingLastPathComponent as NSString).lastPathComponent == "bodies"
    }
    let bodyPaths = paths.filter(isBodyPath)
    let profilePaths = paths.filter { !isBodyPath($0) }
    var data = dataOptions.load(paths: profilePaths, quiet: true)
    var validBodies = 0
    if !bodyPaths.isEmpty {
      if profilePaths.isEmpty {
        data.profiles = []
        data.filesRead = 0
        data.diagnostics = []
      }
      for path in bodyPaths {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue {
          let (bodies, problems) = BodyLoader.load(directory: path, registry: data.registry)
          data.diagnostics += problems
          validBodies += bodies.count
          data.filesRead +=
            (try? FileManager.default.contentsOfDirectory(atPath: path))?.filter { $0.hasSuffix(".json") }.count ?? 0
        } else {
          let (body, problems) = BodyLoader.loadFile(path, registry: data.registry)
          data.diagnostics += problems
          validBodies += body == nil ? 0 : 1
          data.filesRead += 1
        }
      }
    }
    switch format {
    case .text:
      for diagnostic in data.diagnostics { print(DiagnosticWords.line(diagnostic)) }
      print(
        ValidationSummary(data, validBodies: validBodies, bodiesOnly: profilePaths.isEmpty && !bodyPaths.isEmpty).text)
    case .json:
      print(
        try ValidationSummary(data, validBodies: validBodies, bodiesOnly: profilePaths.isEmpty && !bodyPaths.isEmpty)
          .json())
    }
    if data.errorCount > 0 { throw ExitStatus.finding }
  }
}
