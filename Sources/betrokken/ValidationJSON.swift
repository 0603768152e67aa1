import BetrokkenModel
import BetrokkenScreen

/// `betrokken validate --format json`: counts, every diagnostic with its position and kind, and the layers read.
struct ValidationJSON: Encodable {
  let filesRead: Int
  let valid: Int
  let errors: Int
  let warnings: Int
  let diagnostics: [Diagnostic]
  let layers: [Layer]

  struct Diagnostic: Encodable {
    let severity: String
    let file: String
    /// The kind of problem (`unknownKey`, `expected` …), stable for scripts.
    let problem: String
    /// The problem in Dutch: JSON never depends on the interface language.
    let message: String
    let line: Int?
    let column: Int?
    let path: String?

    init(_ diagnostic: BetrokkenModel.Diagnostic) {
      severity = diagnostic.severity.rawValue
      file = diagnostic.file
      problem = diagnostic.problem.name
      message = Language.$current.withValue(.nl) { DiagnosticWords.message(diagnostic.problem) }
      line = diagnostic.position?.line
      column = diagnostic.position?.column
      path = diagnostic.path
    }
  }

  struct Layer: Encodable {
    let kind: String
    let path: String
    let records: Int
  }

  init(_ data: DataSet) {
    filesRead = data.filesRead
    valid = data.validFiles
    errors = data.errorCount
    warnings = data.warningCount
    diagnostics = data.diagnostics.map(Diagnostic.init)
    layers = data.layers.map { layer in
      Layer(
        kind: layer.kind.rawValue, path: layer.path,
        records: data.profiles.flatMap(\.records).filter { $0.origin?.layer == layer }.count)
    }
  }
}
