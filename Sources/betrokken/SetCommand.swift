import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

/// `betrokken set GEMEENTE PATH VALUE --source ID [--section S] [--record DATE]` and `betrokken unset GEMEENTE PATH`:
/// one fact at a time, checked as `validate` would before anything is written (docs/editing.md).
struct SetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: Strings.text("editing.set.abstract"),
    discussion: Strings.text("editing.set.discussion")
  )

  @OptionGroup var dataOptions: DataOptions
  @Argument(
    help: ArgumentHelp(
      Strings.text("editing.municipalityHelp"), valueName: Strings.text("editing.valueName.municipality")))
  var municipality: String
  @Argument(help: ArgumentHelp(Strings.text("editing.set.pathHelp"), valueName: Strings.text("editing.valueName.path")))
  var path: String
  @Argument(
    help: ArgumentHelp(Strings.text("editing.set.valueHelp"), valueName: Strings.text("editing.valueName.value")))
  var value: String
  @Option(name: .long, help: ArgumentHelp(Strings.text("editing.set.sourceHelp"), valueName: "ID")) var source: String?
  @Option(name: .long, help: ArgumentHelp(Strings.text("editing.set.sectionHelp"), valueName: "S")) var section: String?
  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("editing.set.recordHelp"), valueName: Strings.text("editing.valueName.date")))
  var record: String?

  func validate() throws {
    if source == nil && !path.hasPrefix("sources[") {
      throw ValidationError(Strings.text("editing.set.sourceRequired"))
    }
    if let section, ["", "null", "none", "geen"].contains(section.trimmingCharacters(in: .whitespaces).lowercased()) {
      throw ValidationError(Strings.text("editing.set.emptySection", section))
    }
    if let record, CalendarDate(record) == nil {
      throw ValidationError(Strings.text("editing.recordNotADate", record))
    }
  }

  func run() throws {
    let operation = RecordEdit.Operation.set(value: value, source: source ?? "", section: section)
    try RecordEditing(dataOptions: dataOptions, municipality: municipality, recordDate: record)
      .apply(RecordEdit(path: path, operation: operation), describing: "\(path) = \(value)")
  }
}
