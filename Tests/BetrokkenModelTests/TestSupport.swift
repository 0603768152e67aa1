import BetrokkenModel
import BetrokkenScreen
import Foundation
import Testing

/// The package's root directory, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().path

let shippedRegistry: MunicipalityRegistry = MunicipalityRegistry.load(from: packageRoot + "/Data/municipalities.csv").0

/// A valid format-2 profile of Almere (GM0034): the guide's 2015 record and a fictional 2026 test record with
/// regulations; tests change one thing at a time.
let validProfileText = try! String(contentsOfFile: packageRoot + "/Tests/Fixtures/valid-profile.json", encoding: .utf8)

/// The same municipality in format 1 (one undated picture), which still loads, converted in memory.
let validProfileV1Text = try! String(
  contentsOfFile: packageRoot + "/Tests/Fixtures/valid-profile-v1.json", encoding: .utf8)

/// Tests never look at today's date.
let testAsOf = CalendarDate(year: 2026, month: 11, day: 29)!

func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

/// A fresh temporary directory, removed when the value is released.
final class TemporaryDirectory {
  let path: String

  init() {
    path = NSTemporaryDirectory() + "betrokken-test-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  @discardableResult
  func write(_ name: String, _ text: String) -> String {
    write(name, bytes: Array(text.utf8))
  }

  @discardableResult
  func write(_ name: String, bytes: [UInt8]) -> String {
    let file = path + "/" + name
    #expect(FileManager.default.createFile(atPath: file, contents: Data(bytes)), "could not write \(file)")
    return file
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}

/// Loads the given directory and returns the rendered diagnostics with the directory's path shortened to `DIR`.
func renderedDiagnostics(_ result: LoadResult, in directory: TemporaryDirectory) -> [String] {
  result.diagnostics.map { DiagnosticWords.line($0).replacingOccurrences(of: directory.path, with: "DIR") }
}

/// Loads a single profile text written as `name` and returns its diagnostics.
func diagnostics(forProfile text: String, named name: String = "GM0034.json") -> [String] {
  let directory = TemporaryDirectory()
  directory.write(name, text)
  return renderedDiagnostics(ProfileLoader.load(paths: [directory.path], registry: shippedRegistry), in: directory)
}

extension String {
  /// Replaces exactly one occurrence, failing loudly when the fixture changed.
  func replacingOnce(_ old: String, with new: String) -> String {
    precondition(components(separatedBy: old).count == 2, "fixture must contain \(old) exactly once")
    return replacingOccurrences(of: old, with: new)
  }
}
