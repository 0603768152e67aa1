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

  @Option(name: .long, help: ArgumentHelp(Strings.text("cli.help.formatTextJson"), valueName: Strings.text("cli.valueName.format")))
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
        FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue {
          let (bodies, problems) = BodyLoader.load(directory: path, registry: data.registry)
          data.diagnostics += problems
          validBodies += bodies.count
          data.filesRead += (try? FileManager.default.contentsOfDirectory(atPath: path))?.filter { $0.hasSuffix(".json") }.count ?? 0
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
      print(ValidationSummary(data, validBodies: validBodies, bodiesOnly: profilePaths.isEmpty && !bodyPaths.isEmpty).text)
    case .json:
      print(ValidationSummary(data, validBodies: validBodies, bodiesOnly: profilePaths.isEmpty && !bodyPaths.isEmpty).json)
    }
    if data.errorCount > 0 { throw ExitCode(1) }
  }
}

/// The closing line of `validate`, and its JSON form for scripts.
struct ValidationSummary {
  let data: DataSet
  /// Shared bodies checked on their own (`validate Data/bodies`).
  var validBodies = 0
  var bodiesOnly = false

  init(_ data: DataSet, validBodies: Int = 0, bodiesOnly: Bool = false) {
    self.data = data
    self.validBodies = validBodies
    self.bodiesOnly = bodiesOnly
  }

  var text: String {
    let files = Strings.count(data.filesRead, "cli.validate.file")
    let errors = Strings.count(data.errorCount, "cli.validate.error")
    let warnings = Strings.count(data.warningCount, "cli.validate.warning")
    let notes = data.diagnostics.count { $0.severity == .note }
    let noteText = notes == 0 ? "" : ", " + Strings.count(notes, "cli.validate.note")
    let valid = Strings.text("cli.validate.valid", bodiesOnly ? Strings.count(validBodies, "cli.validate.sharedBody") : String(data.validFiles))
    var text = Strings.text("cli.validate.summary", files, valid, errors, warnings, noteText)
    if bodiesOnly { return text }
    // Which layer the records come from.
    for layer in data.layers {
      let records = data.profiles.flatMap(\.records).filter { $0.origin?.layer == layer }
      let municipalities = Set(data.profiles.filter { $0.records.contains { $0.origin?.layer == layer } }.map(\.code))
      // "laag meegeleverd", "laag eigen", and a named layer by its directory name.
      let name = layer.kind == .named ? (layer.path as NSString).lastPathComponent : LayerWords.name(layer)
      text += "\n  " + Strings.text("cli.validate.layer", name, layer.path, Strings.count(records.count, "cli.validate.record"),
        Strings.count(municipalities.count, "cli.validate.municipality"))
    }
    return text
  }

  var json: String {
    let diagnostics: [[String: Any]] = data.diagnostics.map { d in
      // JSON never depends on the interface language: the message is always Dutch, `problem` names its kind.
      let message = Language.$current.withValue(.nl) { DiagnosticWords.message(d.problem) }
      var entry: [String: Any] = ["severity": d.severity.rawValue, "file": d.file, "problem": d.problem.name, "message": message]
      if let p = d.position {
        entry["line"] = p.line
        entry["column"] = p.column
      }
      if let path = d.path { entry["path"] = path }
      return entry
    }
    let object: [String: Any] = [
      "filesRead": data.filesRead, "valid": data.validFiles, "errors": data.errorCount,
      "warnings": data.warningCount, "diagnostics": diagnostics,
      "layers": data.layers.map { layer -> [String: Any] in
        ["kind": layer.kind.rawValue, "path": layer.path,
         "records": data.profiles.flatMap(\.records).filter { $0.origin?.layer == layer }.map { $0.id.description }.count]
      },
    ]
    let bytes = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    return String(decoding: bytes, as: UTF8.self)
  }
}
