import ArgumentParser
import BetrokkenModel
import Foundation

/// `--data DIR` and `--as-of DATE`, shared by every command. Without `--data` the shipped `Data/` is used, found
/// next to the executable (for an installed or built binary) or in the package the binary was built from.
struct DataOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Map met municipalities.csv en profiles/ (standaard: de meegeleverde Data/).", valueName: "DIR"))
  var data: String?

  @Option(name: .customLong("as-of"), help: ArgumentHelp(
    "Peildatum JJJJ-MM-DD: per gemeente het nieuwste record op of voor die dag (standaard: vandaag in Nederland). Niet voor 2015-01-01.",
    valueName: "DATUM"))
  var asOfText: String?

  func validate() throws {
    _ = try parsedAsOf()
  }

  /// The as-of date: the option, or today in Europe/Amsterdam.
  var asOf: CalendarDate { (try? parsedAsOf()) ?? CalendarDate.today() }

  private func parsedAsOf() throws -> CalendarDate {
    guard let asOfText else { return CalendarDate.today() }
    guard let date = CalendarDate(asOfText) else {
      throw ValidationError("--as-of verwacht een datum als 2026-11-29 (JJJJ-MM-DD); gevonden \"\(asOfText)\".")
    }
    guard date >= CalendarDate.lawsInForce else {
      throw ValidationError("--as-of \(date) ligt voor 2015-01-01, toen de Wmo 2015, de Jeugdwet en de Participatiewet in werking traden.")
    }
    return date
  }

  /// Loads the data; profiles with errors are left out, and standard error says so once, as it does for
  /// version-1 files converted in memory.
  func load() -> DataSet {
    let data = DataSet.load(directory: directory, asOf: asOf)
    for notice in data.loadNotices { printError(notice) }
    return data
  }

  var directory: DataDirectory {
    DataDirectory(path: data ?? Self.shippedDataPath ?? "Data", shipped: Self.shippedDataPath)
  }

  /// The shipped `Data/` directory: searched upward from the executable, then from this source file.
  static let shippedDataPath: String? = {
    var candidates: [URL] = []
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    if let path = Bundle.main.executableURL?.resolvingSymlinksInPath() { candidates.append(path) }
    candidates.append(executable)
    candidates.append(URL(fileURLWithPath: #filePath))
    for start in candidates {
      var dir = start.deletingLastPathComponent()
      for _ in 0..<6 {
        let data = dir.appendingPathComponent("Data").path
        if DataDirectory.isDataDirectory(data) { return data }
        dir = dir.deletingLastPathComponent()
      }
    }
    return nil
  }()
}

/// Writes to standard error.
func printError(_ text: String) {
  FileHandle.standardError.write(Data((text + "\n").utf8))
}
