import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

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
    let valid = Strings.text(
      "cli.validate.valid", bodiesOnly ? Strings.count(validBodies, "cli.validate.sharedBody") : String(data.validFiles)
    )
    var text = Strings.text("cli.validate.summary", files, valid, errors, warnings, noteText)
    if bodiesOnly { return text }
    // Which layer the records come from.
    for layer in data.layers {
      let records = data.profiles.flatMap(\.records).filter { $0.origin?.layer == layer }
      let municipalities = Set(data.profiles.filter { $0.records.contains { $0.origin?.layer == layer } }.map(\.code))
      // "laag meegeleverd", "laag eigen", and a named layer by its directory name.
      let name = layer.kind == .named ? (layer.path as NSString).lastPathComponent : LayerWords.name(layer)
      text +=
        "\n  "
        + Strings.text(
          "cli.validate.layer", name, layer.path, Strings.count(records.count, "cli.validate.record"),
          Strings.count(municipalities.count, "cli.validate.municipality"))
    }
    return text
  }

  func json() throws -> String {
    try JSONOutput.text(ValidationJSON(data))
  }
}
