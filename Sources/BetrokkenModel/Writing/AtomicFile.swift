import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Saves a file so that a crash at any moment leaves either the old or the new file whole: write a temporary file
/// in the same directory, fsync it, rename it over the target, fsync the directory. The previous version is kept
/// in a backup directory (a bounded number). A file that changed on disk since it was read is never overwritten.
public enum AtomicFile {
  /// What was on disk when a file was read; nil contents when there was no file.
  public struct Snapshot: Sendable, Equatable {
    public var path: String
    public var contents: [UInt8]?

    public init(path: String, contents: [UInt8]?) {
      self.path = path
      self.contents = contents
    }

    public static func read(_ path: String) -> Snapshot {
      Snapshot(path: path, contents: FileManager.default.contents(atPath: path).map { Array($0) })
    }
  }

  public enum Failure: Error, Equatable {
    /// Someone changed (or removed, or created) the file since it was read.
    case changedOnDisk(String)
    /// The directory cannot be written: no permission, read-only file system.
    case notWritable(String, errno: Int32)
    /// No room left on the device.
    case diskFull(String)
    case other(String, errno: Int32)
  }

  /// Steps where a test may stop the process, to prove a save is atomic (`BETROKKEN_TEST_FAULT`).
  public enum FaultPoint: String, Sendable, CaseIterable {
    case beforeRename = "before-rename"
    case afterRename = "after-rename"
    case beforeDirectorySync = "before-dir-fsync"
  }

  static func fault(_ point: FaultPoint) {
    if ProcessInfo.processInfo.environment["BETROKKEN_TEST_FAULT"] == point.rawValue { _exit(99) }
  }

  /// Writes `text` over `snapshot.path`, provided the file is still as it was read. Returns the backup's path, if
  /// a previous version was kept.
  @discardableResult
  public static func save(_ text: String, over snapshot: Snapshot, backupDirectory: String, keep: Int = 10) throws -> String? {
    let path = snapshot.path
    guard Snapshot.read(path).contents == snapshot.contents else { throw Failure.changedOnDisk(path) }
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary = directory + "/." + name + ".tmp-\(getpid())"
    let bytes = Array(text.utf8)

    // 1. The new contents in a temporary file beside the target, on disk.
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw failure(directory, errno) }
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBufferPointer { write(fd, $0.baseAddress! + written, bytes.count - written) }
      if n < 0 {
        let error = errno
        close(fd)
        unlink(temporary)
        throw failure(path, error)
      }
      written += n
    }
    if fsync(fd) != 0 {
      let error = errno
      close(fd)
      unlink(temporary)
      throw failure(path, error)
    }
    close(fd)

    // 2. The previous version into the backups (the loader never reads there).
    var backup: String?
    if let previous = snapshot.contents {
      backup = try keepBackup(previous, name: name, in: backupDirectory, keep: keep)
    }

    // 3. Still unchanged? Then rename over the target and make the rename durable.
    fault(.beforeRename)
    guard Snapshot.read(path).contents == snapshot.contents else {
      unlink(temporary)
      throw Failure.changedOnDisk(path)
    }
    if rename(temporary, path) != 0 {
      let error = errno
      unlink(temporary)
      throw failure(path, error)
    }
    fault(.afterRename)
    fault(.beforeDirectorySync)
    let directoryFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if directoryFD >= 0 {
      fsync(directoryFD)
      close(directoryFD)
    }
    return backup
  }

  static func keepBackup(_ contents: [UInt8], name: String, in directory: String, keep: Int) throws -> String {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw failure(directory, errno == 0 ? EACCES : errno)
    }
    let stem = (name as NSString).deletingPathExtension
    // Names sort by age: time, then a counter for saves within the same second.
    // The counter continues after the highest one of this second, even when older ones were pruned.
    let stamp = Self.timestamp()
    let prefix = "\(stem).\(stamp)-"
    let used = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasPrefix(prefix) }.compactMap { Int($0.dropFirst(prefix.count).prefix { $0.isNumber }) }
    let target = directory + "/\(prefix)\(String(format: "%03d", (used.max() ?? 0) + 1)).json"
    guard FileManager.default.createFile(atPath: target, contents: Data(contents)) else { throw failure(directory, EACCES) }
    // Bounded: the oldest backups of this file go.
    let mine = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasPrefix(stem + ".") && $0.hasSuffix(".json") }.sorted()
    for old in mine.dropLast(keep) { try? FileManager.default.removeItem(atPath: directory + "/" + old) }
    return target
  }

  static func timestamp() -> String {
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    return String(format: "%04d%02d%02d-%02d%02d%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
      parts.tm_hour, parts.tm_min, parts.tm_sec)
  }

  static func failure(_ path: String, _ error: Int32) -> Failure {
    switch error {
    case EACCES, EPERM, EROFS: .notWritable(path, errno: error)
    case ENOSPC, EDQUOT: .diskFull(path)
    default: .other(path, errno: error)
    }
  }
}
