import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

/// `betrokken migrate [PATH…]`: rewrites version-1 profiles as version 2. The original is kept in `.backup/`
/// beside `profiles/` (where the loader does not look); the new file is written atomically and read back before
/// the command says it is done.
struct MigrateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "migrate",
    abstract: Strings.text("editing.migrate.abstract"),
    discussion: Strings.text("editing.migrate.discussion")
  )

  @OptionGroup var dataOptions: DataOptions

  @Argument(
    help: ArgumentHelp(Strings.text("editing.migrate.pathsHelp"), valueName: Strings.text("editing.valueName.path")))
  var paths: [String] = []

  @Flag(name: .long, help: ArgumentHelp(Strings.text("editing.migrate.canonicalHelp")))
  var canonical = false

  func run() throws {
    let registry = dataOptions.load(quiet: true).registry
    // By default the layers that may be written: the user's own and those named; never the shipped data unless
    // it is named.
    let writable = dataOptions.layers.filter { $0.kind != .shipped }.map {
      $0.directory(shipped: DataOptions.shippedDataPath).profilesPath
    }
    if paths.isEmpty && writable.isEmpty {
      print(Strings.text("editing.migrate.nothingToDo"))
      return
    }
    var files: [String] = []
    for path in paths.isEmpty ? writable : paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        printError(Strings.text("editing.migrate.doesNotExist", path))
        throw ExitStatus.io
      }
      if isDirectory.boolValue {
        let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".json") }.sorted()
        files += names.map { (path as NSString).appendingPathComponent($0) }
      } else {
        files.append(path)
      }
    }
    var failed = 0
    var migrated = 0
    var rewritten = 0
    for file in files {
      let (profile, diagnostics) = ProfileLoader.loadFile(file, registry: registry)
      guard let profile else {
        failed += 1
        for diagnostic in diagnostics where diagnostic.severity == .error {
          printError(DiagnosticWords.line(diagnostic))
        }
        printError(Strings.text("editing.migrate.notMigratedErrors", file))
        continue
      }
      guard profile.fileFormatVersion == 1 else {
        if canonical {
          let snapshot = try AtomicFile.Snapshot.read(file)
          let text = ProfileWriter.json(profile)
          if snapshot.contents == Array(text.utf8) {
            print(Strings.text("editing.migrate.alreadyCanonical", file))
          } else {
            do {
              try AtomicFile.save(text, over: snapshot, backupDirectory: Self.backupDirectory(for: file))
              rewritten += 1
              print(Strings.text("editing.migrate.writtenCanonical", file))
            } catch let failure as AtomicFile.Failure {
              failed += 1
              printError(WritableLayer.words(failure))
            }
          }
        } else {
          print(Strings.text("editing.migrate.alreadyVersion2", file))
        }
        continue
      }
      do {
        let backup = try Self.backUp(file)
        try Data(ProfileWriter.json(profile).utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        let (reread, _) = ProfileLoader.loadFile(file, registry: registry)
        guard var check = reread else {
          try FileManager.default.removeItem(atPath: file)
          try FileManager.default.copyItem(atPath: backup, toPath: file)
          printError(Strings.text("editing.migrate.doesNotLoad", file))
          failed += 1
          continue
        }
        check.fileFormatVersion = 1
        if check != profile {
          printError(Strings.text("editing.migrate.differs", file, backup))
        }
        migrated += 1
        let note = diagnostics.first { $0.severity == .note }.map { DiagnosticWords.message($0.problem) } ?? ""
        print(Strings.text("editing.migrate.migrated", file, backup))
        if !note.isEmpty { print("  \(note)") }
      } catch {
        failed += 1
        printError(Strings.text("editing.migrate.notMigrated", file, FileErrorWords.reason(error)))
      }
    }
    let already = String(files.count - migrated - failed)
    print(
      canonical
        ? Strings.text("editing.migrate.summaryCanonical", String(migrated), String(failed), already, String(rewritten))
        : Strings.text("editing.migrate.summary", String(migrated), String(failed), already))
    if failed > 0 { throw ExitStatus.finding }
  }

  /// `.backup/` beside `profiles/` (or beside the file when it is not in a `profiles/` folder).
  static func backupDirectory(for file: String) -> String {
    let folder = (file as NSString).deletingLastPathComponent
    let base =
      (folder as NSString).lastPathComponent == "profiles" ? (folder as NSString).deletingLastPathComponent : folder
    return ((base.isEmpty ? "." : base) as NSString).appendingPathComponent(".backup")
  }

  /// Copies the file to `.backup/` beside `profiles/` (or beside the file when it is not in a `profiles/`
  /// folder), never overwriting an earlier backup.
  static func backUp(_ file: String) throws -> String {
    let backupFolder = backupDirectory(for: file)
    try FileManager.default.createDirectory(atPath: backupFolder, withIntermediateDirectories: true)
    let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    var target = (backupFolder as NSString).appendingPathComponent("\(stem).v1.json")
    var n = 2
    while FileManager.default.fileExists(atPath: target) {
      target = (backupFolder as NSString).appendingPathComponent("\(stem).v1-\(n).json")
      n += 1
    }
    try FileManager.default.copyItem(atPath: file, toPath: target)
    return target
  }
}
