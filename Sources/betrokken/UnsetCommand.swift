import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

struct UnsetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unset",
    abstract: Strings.text("editing.unset.abstract"),
    discussion: Strings.text("editing.unset.discussion")
  )

  @OptionGroup var dataOptions: DataOptions
  @Argument(
    help: ArgumentHelp(
      Strings.text("editing.municipalityHelp"), valueName: Strings.text("editing.valueName.municipality")))
  var municipality: String
  @Argument(
    help: ArgumentHelp(Strings.text("editing.unset.pathHelp"), valueName: Strings.text("editing.valueName.path")))
  var path: String
  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("editing.unset.recordHelp"), valueName: Strings.text("editing.valueName.date")))
  var record: String?

  func validate() throws {
    if let record, CalendarDate(record) == nil {
      throw ValidationError(Strings.text("editing.recordNotADate", record))
    }
  }

  func run() throws {
    // A path without a key names a whole entry, which goes; a fact becomes unknown.
    let wholeEntry = path.hasSuffix("]")
    try RecordEditing(dataOptions: dataOptions, municipality: municipality, recordDate: record)
      .apply(
        RecordEdit(path: path, operation: .unset),
        describing: wholeEntry
          ? Strings.text("editing.unset.removed", path) : Strings.text("editing.unset.unknown", path))
  }
}
