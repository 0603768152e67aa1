import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

/// Finding a municipality and one of its records; not found is exit 3.
enum RecordLookup {
  static func profile(_ query: String, in data: DataSet) throws -> Profile {
    guard let situation = data.situation(matching: query) else {
      printError(Strings.text("cli.error.noProfile", query))
      throw ExitStatus.unknownName
    }
    return situation.profile
  }

  /// A record by its id, or the newest on or before a date.
  static func record(_ text: String, of profile: Profile) throws -> Record {
    guard let date = CalendarDate(text) else {
      throw ValidationError(Strings.text("cli.diff.badRecord", text))
    }
    guard let record = profile.record(asOf: date) else {
      printError(
        Strings.text(
          "cli.diff.noRecordByDate", profile.name, "\(date)",
          profile.records.map(\.id.description).joined(separator: ", ")))
      throw ExitStatus.unknownName
    }
    return record
  }
}
