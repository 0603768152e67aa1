import ArgumentParser
import BetrokkenModel
import Foundation

/// `--data DIR`, shared by every command. Without it the shipped `Data/` is used, found next to the
/// executable (for an installed or built binary) or in the package the binary was built from.
struct DataOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Map met municipalities.csv en profiles/ (standaard: de meegeleverde Data/).", valueName: "DIR"))
  var data: String?

  /// Loads the data; profiles with errors are left out, and standard error says so once.
  func load() -> DataSet {
    let data = DataSet.load(directory: directory)
    if let notice = data.notLoadedNotice { printError(notice) }
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
