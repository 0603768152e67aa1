import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

/// `--data DIR`, `--only-data DIR` and `--as-of DATE`, shared by every command. Data comes from layers, lowest first:
/// the shipped `Data/` (found next to the executable or in the package it was built from), the user's own layer
/// (`$XDG_DATA_HOME/betrokken`, default `~/.local/share/betrokken`) when it exists, then each `--data DIR` in the
/// order given. `--only-data DIR` reads only the directories named.
struct DataOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp(Strings.text("editing.data.dataHelp"), valueName: "DIR"))
  var data: [String] = []

  @Option(
    name: .customLong("only-data"), help: ArgumentHelp(Strings.text("editing.data.onlyDataHelp"), valueName: "DIR"))
  var onlyData: [String] = []

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      Strings.text("editing.data.asOfHelp"), valueName: Strings.text("editing.valueName.asOfDate")))
  var asOfText: String?

  func validate() throws {
    _ = try parsedAsOf()
    if !data.isEmpty && !onlyData.isEmpty {
      throw ValidationError(Strings.text("editing.data.dataOrOnlyData"))
    }
    for path in data + onlyData {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw ValidationError(
          Strings.text("editing.data.noSuchDirectory", data.contains(path) ? "--data" : "--only-data", path))
      }
    }
  }

  /// The as-of date: the option, or today in Europe/Amsterdam.
  var asOf: CalendarDate { (try? parsedAsOf()) ?? CalendarDate.today() }

  /// The layers to read, lowest first.
  var layers: [DataLayer] {
    if !onlyData.isEmpty { return onlyData.map { DataLayer(kind: .named, path: $0) } }
    var layers: [DataLayer] = []
    if let shipped = Self.shippedDataPath { layers.append(DataLayer(kind: .shipped, path: shipped)) }
    let user = DataLayer.userLayerPath()
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: user, isDirectory: &isDirectory), isDirectory.boolValue {
      layers.append(DataLayer(kind: .user, path: user))
    }
    return layers + data.map { DataLayer(kind: .named, path: $0) }
  }

  /// The layer `new`, `set` and `unset` write into: the last directory named, else the user's own layer (created
  /// when needed). Never the shipped `Data/` unless it is named.
  var writableLayer: DataLayer {
    if let last = (onlyData + data).last { return DataLayer(kind: .named, path: last) }
    return DataLayer(kind: .user, path: DataLayer.userLayerPath())
  }

  /// Loads every layer (or only `paths`); profiles with errors are left out, and standard error says so once, as it
  /// does for version-1 files converted in memory.
  func load(paths: [String] = [], quiet: Bool = false) -> DataSet {
    let data = DataSet.load(layers: layers, shipped: Self.shippedDataPath, paths: paths, asOf: asOf)
    if !quiet { for notice in LoadWords.notices(data) { printError(notice) } }
    return data
  }

  private func parsedAsOf() throws -> CalendarDate {
    guard let asOfText else { return CalendarDate.today() }
    guard let date = CalendarDate(asOfText) else {
      throw ValidationError(Strings.text("editing.data.asOfNotADate", asOfText))
    }
    guard date >= CalendarDate.lawsInForce else {
      throw ValidationError(Strings.text("editing.data.asOfBeforeLaws", date.description))
    }
    return date
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
