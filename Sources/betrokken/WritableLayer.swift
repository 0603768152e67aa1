import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

/// The layer `new`, `set` and `unset` write into, and the safe way to write a profile there.
struct WritableLayer {
  let layer: DataLayer

  /// `profiles/` of the layer; a directory that already keeps its profiles at the top is used as it is.
  var profilesDirectory: String {
    let base = layer.path
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: base + "/profiles", isDirectory: &isDirectory), isDirectory.boolValue {
      return base + "/profiles"
    }
    let topLevel = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).contains {
      $0.hasPrefix("GM") && $0.hasSuffix(".json")
    }
    return topLevel ? base : base + "/profiles"
  }

  var backupDirectory: String { layer.path + "/.backup" }
  var schemaPath: String { layer.path + "/schema/profile.schema.json" }

  func file(for code: String) -> String { profilesDirectory + "/\(code).json" }

  /// The `$schema` a new file points to, relative to the profile.
  var schemaReference: String {
    profilesDirectory == layer.path ? "schema/profile.schema.json" : "../schema/profile.schema.json"
  }

  func createDirectories() throws {
    do {
      try FileManager.default.createDirectory(atPath: profilesDirectory, withIntermediateDirectories: true)
    } catch {
      printError(Strings.text("editing.cannotCreate", profilesDirectory, FileErrorWords.reason(error)))
      throw ExitStatus.io
    }
  }

  /// Keeps the layer's copy of the schema equal to the shipped one, so an editor checks against what the loader does.
  func refreshSchema() {
    guard let shipped = DataOptions.shippedDataPath,
      let current = FileManager.default.contents(atPath: shipped + "/schema/profile.schema.json")
    else { return }
    if FileManager.default.contents(atPath: schemaPath) == current { return }
    try? FileManager.default.createDirectory(atPath: layer.path + "/schema", withIntermediateDirectories: true)
    // Best effort: the schema beside the user's files helps their editor; the save does not depend on it.
    _ = FileManager.default.createFile(atPath: schemaPath, contents: current)
  }

  /// The profile already in this layer's file, or nil when there is no file; a file with errors stops the command.
  func existingProfile(_ code: String, registry: MunicipalityRegistry) throws -> (Profile?, AtomicFile.Snapshot) {
    let path = file(for: code)
    let snapshot: AtomicFile.Snapshot
    do {
      snapshot = try AtomicFile.Snapshot.read(path)
    } catch let failure {
      printError(Self.words(failure))
      throw ExitStatus.io
    }
    guard snapshot.contents != nil else { return (nil, snapshot) }
    let (profile, diagnostics) = ProfileLoader.loadFile(path, registry: registry)
    guard let profile else {
      for diagnostic in diagnostics where diagnostic.severity == .error { printError(DiagnosticWords.line(diagnostic)) }
      printError(Strings.text("editing.fileHasErrors", path))
      throw ExitStatus.finding
    }
    return (profile, snapshot)
  }

  /// Checks `profile` as `validate` would, then saves it in canonical form, atomically, keeping the previous version.
  /// Returns false when the file already said exactly this (nothing is written then).
  @discardableResult
  func save(_ profile: Profile, over snapshot: AtomicFile.Snapshot, registry: MunicipalityRegistry) throws -> Bool {
    let text = ProfileWriter.json(profile)
    // Read the text back exactly as the loader will, from a file of the same name, before touching the target.
    let scratch = NSTemporaryDirectory() + "betrokken-check-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let checkFile = scratch + "/" + (snapshot.path as NSString).lastPathComponent
    // A file that could not be written is reported by the load below, with its name.
    _ = FileManager.default.createFile(atPath: checkFile, contents: Data(text.utf8))
    let (checked, diagnostics) = ProfileLoader.loadFile(checkFile, registry: registry)
    guard checked != nil else {
      for diagnostic in diagnostics where diagnostic.severity == .error {
        printError(DiagnosticWords.line(diagnostic).replacingOccurrences(of: checkFile, with: snapshot.path))
      }
      printError(Strings.text("editing.refusedWouldBeInvalid", snapshot.path))
      throw ExitStatus.finding
    }
    // A save that changes nothing writes nothing (and uses no backup slot).
    if snapshot.contents == Array(text.utf8) { return false }
    try createDirectories()
    refreshSchema()
    do {
      try AtomicFile.save(text, over: snapshot, backupDirectory: backupDirectory)
    } catch let failure as AtomicFile.Failure {
      printError(Self.words(failure))
      throw ExitStatus.io
    }
    // Warnings the loader has about the saved file (a reference that does not count, say) are said at once.
    for diagnostic in diagnostics where diagnostic.severity == .warning {
      printError(DiagnosticWords.line(diagnostic).replacingOccurrences(of: checkFile, with: snapshot.path))
    }
    return true
  }

  /// The layer options to repeat in a hint, so the next command writes where this one did.
  static func layerArguments(_ options: DataOptions) -> String {
    (options.data.map { " --data \(shellWord($0))" } + options.onlyData.map { " --only-data \(shellWord($0))" })
      .joined()
  }

  static func shellWord(_ s: String) -> String {
    s.allSatisfy { $0.isLetter || $0.isNumber || "/._-".contains($0) }
      ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  static func words(_ failure: AtomicFile.Failure) -> String {
    switch failure {
    case .changedOnDisk(let path):
      Strings.text("editing.atomic.changedOnDisk", path)
    case .notWritable(let path, _):
      Strings.text("editing.atomic.notWritable", path)
    case .diskFull(let path):
      Strings.text("editing.atomic.diskFull", path)
    case .notReadable(let path, let errno):
      Strings.text("editing.atomic.notReadable", String(cString: strerror(errno)), path)
    case .other(let path, let errno):
      Strings.text("editing.atomic.other", String(cString: strerror(errno)), path)
    }
  }
}

/// A record with every fact unknown and one source to fill in: what `new` adds.
enum RecordSkeleton {
  static func record(_ date: CalendarDate) -> Record {
    Record(
      id: date,
      sources: [
        Source(
          id: "bron", title: Source.placeholderTitle, publisher: nil, published: nil,
          retrieved: nil, url: nil)
      ])
  }
}
