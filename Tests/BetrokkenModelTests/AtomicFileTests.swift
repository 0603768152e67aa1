import Foundation
import Testing

@testable import BetrokkenModel

/// Saves that never lose anything: a file changed on disk is not overwritten, a directory that cannot be written
/// is a clear failure with the target untouched, and backups are kept, bounded.
@Suite struct AtomicFileTests {
  @Test func savesAndKeepsThePreviousVersion() throws {
    let directory = TemporaryDirectory()
    let file = directory.write("GM0034.json", "oud")
    let backup = try AtomicFile.save("nieuw", over: .read(file), backupDirectory: directory.path + "/.backup")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "nieuw")
    #expect(try String(contentsOfFile: try #require(backup), encoding: .utf8) == "oud")
    // No temporary file is left behind.
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [".backup", "GM0034.json"])
  }

  @Test func aFileChangedOnDiskIsNeverOverwritten() throws {
    let directory = TemporaryDirectory()
    let file = directory.write("GM0034.json", "gelezen")
    let snapshot = try AtomicFile.Snapshot.read(file)
    directory.write("GM0034.json", "door een ander veranderd")
    #expect(throws: AtomicFile.Failure.changedOnDisk(file)) {
      try AtomicFile.save("van ons", over: snapshot, backupDirectory: directory.path + "/.backup")
    }
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "door een ander veranderd")
    // A file that appeared since it was found missing counts as changed too.
    let fresh = AtomicFile.Snapshot(path: directory.path + "/GM0307.json", contents: nil)
    directory.write("GM0307.json", "er al")
    #expect(throws: AtomicFile.Failure.changedOnDisk(fresh.path)) {
      try AtomicFile.save("nieuw", over: fresh, backupDirectory: directory.path + "/.backup")
    }
  }

  @Test func ofSavesAtTheSameTimeFromOneReadingExactlyOneWins() async throws {
    let directory = TemporaryDirectory()
    let file = directory.write("GM0034.json", "gelezen")
    let snapshot = try AtomicFile.Snapshot.read(file)
    let backups = directory.path + "/.backup"
    let outcomes = await withTaskGroup(of: (Int, Bool).self) { group in
      for writer in 0..<8 {
        group.addTask {
          do {
            try AtomicFile.save("schrijver \(writer)", over: snapshot, backupDirectory: backups)
            return (writer, true)
          } catch {
            return (writer, false)
          }
        }
      }
      return await group.reduce(into: [Int: Bool]()) { $0[$1.0] = $1.1 }
    }
    let winners = outcomes.filter(\.value).map(\.key)
    #expect(winners.count == 1)
    // The file holds the winner's text, and the one previous version is in the backups.
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "schrijver \(try #require(winners.first))")
    #expect(try FileManager.default.contentsOfDirectory(atPath: backups).count == 1)
  }

  @Test func aFileThatCannotBeReadIsNeverTakenForAMissingOne() throws {
    let directory = TemporaryDirectory()
    // A directory where a file is expected: it exists, but reading it fails.
    let path = directory.path + "/GM0034.json"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    #expect(throws: AtomicFile.Failure.notReadable(path, errno: EISDIR)) { try AtomicFile.Snapshot.read(path) }
  }

  @Test func anUnwritableDirectoryLeavesTheTargetUntouched() throws {
    // /sys refuses new files even to root, so this holds in CI too.
    let target = "/sys/betrokken-\(UUID().uuidString).json"
    #expect(throws: AtomicFile.Failure.notWritable("/sys", errno: EACCES)) {
      try AtomicFile.save("x", over: .read(target), backupDirectory: NSTemporaryDirectory() + "betrokken-unused")
    }
    #expect(!FileManager.default.fileExists(atPath: target))
  }

  @Test func backupsAreBounded() throws {
    let directory = TemporaryDirectory()
    let file = directory.write("GM0034.json", "0")
    for n in 1...5 {
      try AtomicFile.save(String(n), over: .read(file), backupDirectory: directory.path + "/.backup", keep: 3)
    }
    let backups = try FileManager.default.contentsOfDirectory(atPath: directory.path + "/.backup").sorted()
    #expect(backups.count == 3)
    // The newest three previous versions: 2, 3 and 4 (5 is the file itself).
    let contents = try backups.map { try String(contentsOfFile: directory.path + "/.backup/" + $0, encoding: .utf8) }
    #expect(contents == ["2", "3", "4"])
  }

  @Test func canonicalOutputIsStableUnderLoadSaveLoad() throws {
    let directory = TemporaryDirectory()
    directory.write("GM0034.json", validProfileText)
    let first = try #require(ProfileLoader.load(paths: [directory.path], registry: shippedRegistry).profiles.first)
    let once = ProfileWriter.json(first)
    directory.write("GM0034.json", once)
    let second = try #require(ProfileLoader.load(paths: [directory.path], registry: shippedRegistry).profiles.first)
    #expect(ProfileWriter.json(second) == once)
    #expect(second.records == first.records)
  }
}
