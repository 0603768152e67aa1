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

  @Argument(help: ArgumentHelp("Profielbestanden of mappen (standaard: de profielen van de datamap).", valueName: "PAD"))
  var paths: [String] = []

  func run() throws {
    let directory = dataOptions.directory
    let (registry, _) = MunicipalityRegistry.load(from: directory.registryPath)
    var files: [String] = []
    for path in paths.isEmpty ? [directory.profilesPath] : paths {
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
    for file in files {
      let (profile, diagnostics) = ProfileLoader.loadFile(file, registry: registry)
      guard let profile else {
        failed += 1
        for diagnostic in diagnostics where diagnostic.severity == .error { printError(diagnostic.rendered) }
        printError("\(file): niet omgezet (fouten); het bestand is niet aangeraakt.")
        continue
      }
      guard profile.fileFormatVersion == 1 else {
        print("\(file): al formaat 2")
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
    print("\(migrated) omgezet, \(failed) niet omgezet, \(files.count - migrated - failed) al formaat 2.")
    if failed > 0 { throw ExitCode(1) }
  }

  /// Copies the file to `.backup/` beside `profiles/` (or beside the file when it is not in a `profiles/`
  /// folder), never overwriting an earlier backup.
  static func backUp(_ file: String) throws -> String {
    let folder = (file as NSString).deletingLastPathComponent
    let base = (folder as NSString).lastPathComponent == "profiles" ? (folder as NSString).deletingLastPathComponent : folder
    let backupFolder = ((base.isEmpty ? "." : base) as NSString).appendingPathComponent(".backup")
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
