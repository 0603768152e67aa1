import ArgumentParser
import BetrokkenModel
import Foundation

/// `betrokken migrate [PATH…]`: rewrites version-1 profiles as version 2. The original is kept in `.backup/`
/// beside `profiles/` (where the loader does not look); the new file is written atomically and read back before
/// the command says it is done.
struct MigrateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "migrate",
    abstract: "Schrijf profielen in formaat 1 om naar formaat 2; het origineel gaat naar .backup/.",
    discussion: "Exitcode 0: alles omgezet of al formaat 2; 1: een bestand met fouten (niet omgezet, niet aangeraakt); 64: verkeerd gebruik."
  )

  @OptionGroup var dataOptions: DataOptions

  @Argument(help: ArgumentHelp("Profielbestanden of mappen (standaard: de profielen van uw eigen laag en van elke --data).", valueName: "PAD"))
  var paths: [String] = []

  @Flag(name: .long, help: "Schrijf ook bestanden in formaat 2 in canonieke vorm (sleutelvolgorde en inspringing van docs/profile-format.md).")
  var canonical = false

  func run() throws {
    let registry = dataOptions.load(quiet: true).registry
    // By default the layers that may be written: the user's own and those named; never the shipped data unless
    // it is named.
    let writable = dataOptions.layers.filter { $0.kind != .shipped }.map { $0.directory(shipped: DataOptions.shippedDataPath).profilesPath }
    if paths.isEmpty && writable.isEmpty {
      print("Niets om te zetten: er is geen eigen laag en geen --data; geef een pad of --data DIR.")
      return
    }
    var files: [String] = []
    for path in paths.isEmpty ? writable : paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        printError("\(path): bestaat niet")
        throw ExitCode(1)
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
        for diagnostic in diagnostics where diagnostic.severity == .error { printError(diagnostic.rendered) }
        printError("\(file): niet omgezet (fouten); het bestand is niet aangeraakt.")
        continue
      }
      guard profile.fileFormatVersion == 1 else {
        if canonical {
          let snapshot = try AtomicFile.Snapshot.read(file)
          let text = ProfileWriter.json(profile)
          if snapshot.contents == Array(text.utf8) {
            print("\(file): al formaat 2, canoniek")
          } else {
            do {
              try AtomicFile.save(text, over: snapshot, backupDirectory: Self.backupDirectory(for: file))
              rewritten += 1
              print("\(file): in canonieke vorm geschreven")
            } catch let failure as AtomicFile.Failure {
              failed += 1
              printError(WritableLayer.words(failure))
            }
          }
        } else {
          print("\(file): al formaat 2")
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
          printError("\(file): de omgezette versie laadt niet; het origineel is teruggezet. Meld dit als fout.")
          failed += 1
          continue
        }
        check.fileFormatVersion = 1
        if check != profile {
          printError("\(file): waarschuwing: de omgezette versie wijkt af van wat in het geheugen stond; vergelijk met \(backup)")
        }
        migrated += 1
        let note = diagnostics.first { $0.severity == .note }?.message ?? ""
        print("\(file): omgezet naar formaat 2; origineel in \(backup)")
        if !note.isEmpty { print("  \(note)") }
      } catch {
        failed += 1
        printError("\(file): niet omgezet: \(error.localizedDescription)")
      }
    }
    print("\(migrated) omgezet, \(failed) niet omgezet, \(files.count - migrated - failed) al formaat 2"
      + (canonical ? " (waarvan \(rewritten) nu in canonieke vorm)." : "."))
    if failed > 0 { throw ExitCode(1) }
  }

  /// `.backup/` beside `profiles/` (or beside the file when it is not in a `profiles/` folder).
  static func backupDirectory(for file: String) -> String {
    let folder = (file as NSString).deletingLastPathComponent
    let base = (folder as NSString).lastPathComponent == "profiles" ? (folder as NSString).deletingLastPathComponent : folder
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
