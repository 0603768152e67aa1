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
    /// The file's path.
    public var path: String
    /// The bytes read; nil when there was no file.
    public var contents: [UInt8]?

    /// What was read from `path` earlier (nil: no file), for a save that must not overwrite a change since.
    public init(path: String, contents: [UInt8]?) {
      self.path = path
      self.contents = contents
    }

    /// The file's bytes, or nil when there is no file. Any other failure to read (no permission, say) is an error:
    /// a file that cannot be read must never be taken for a missing one and replaced.
    public static func read(_ path: String) throws(Failure) -> Snapshot {
      let fd = open(path, O_RDONLY | O_CLOEXEC)
      guard fd >= 0 else {
        let error = errno
        if error == ENOENT { return Snapshot(path: path, contents: nil) }
        throw Failure.notReadable(path, errno: error)
      }
      defer { close(fd) }
      var bytes: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let n = buffer.withUnsafeMutableBufferPointer { Glibc.read(fd, $0.baseAddress!, $0.count) }
        if n < 0 {
          if errno == EINTR { continue }
          throw Failure.notReadable(path, errno: errno)
        }
        if n == 0 { break }
        bytes += buffer[0..<n]
      }
      return Snapshot(path: path, contents: bytes)
    }
  }

  /// Why a file could not be read or saved.
  public enum Failure: Error, Equatable {
    /// Someone changed (or removed, or created) the file since it was read.
    case changedOnDisk(String)
    /// The directory cannot be written: no permission, read-only file system.
    case notWritable(String, errno: Int32)
    /// No room left on the device.
    case diskFull(String)
    /// The file exists but cannot be read (no permission, a directory in its place, an I/O error).
    case notReadable(String, errno: Int32)
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
  public static func save(_ text: String, over snapshot: Snapshot, backupDirectory: String, keep: Int = 10) throws
    -> String?
  {
    let path = snapshot.path
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    // One writer at a time per directory: the check that the file is unchanged and the rename happen under a lock,
    // so two saves at once cannot both succeed and lose one of them.
    let lock = try Lock(directory: directory)
    defer { lock.release() }
    guard try Snapshot.read(path).contents == snapshot.contents else { throw Failure.changedOnDisk(path) }
    let temporary = directory + "/." + name + ".tmp-\(getpid())"
    let bytes = Array(text.utf8)

    // 1. The previous version into the backups (the loader never reads there), before anything else is written.
    var backup: String?
    if let previous = snapshot.contents {
      backup = try keepBackup(previous, name: name, in: backupDirectory, keep: keep)
    }

    // 2. The new contents in a temporary file beside the target, on disk.
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

    // 3. Rename over the target and make the rename durable. The lock keeps other saves out, not an editor: check
    //    once more, just before the rename, that nobody changed the file meanwhile.
    fault(.beforeRename)
    guard try Snapshot.read(path).contents == snapshot.contents else {
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

  /// An exclusive `flock` on the directory itself, held for the whole save; it leaves no file behind.
  struct Lock {
    let fd: Int32

    init(directory: String) throws(Failure) {
      fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      guard fd >= 0 else { throw AtomicFile.failure(directory, errno) }
      while flock(fd, LOCK_EX) != 0 {
        if errno != EINTR {
          let error = errno
          close(fd)
          throw AtomicFile.failure(directory, error)
        }
      }
    }

    func release() {
      flock(fd, LOCK_UN)
      close(fd)
    }
  }

  static func keepBackup(_ contents: [UInt8], name: String, in directory: String, keep: Int) throws -> String {
    if mkdir(directory, 0o755) != 0 && errno != EEXIST { throw failure(directory, errno) }
    let stem = (name as NSString).deletingPathExtension
    // Names sort by age: time, then a counter for saves within the same second.
    // The counter continues after the highest one of this second, even when older ones were pruned.
    let stamp = Self.timestamp()
    let prefix = "\(stem).\(stamp)-"
    let used = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasPrefix(prefix) }.compactMap { Int($0.dropFirst(prefix.count).prefix { $0.isNumber }) }
    let target = directory + "/\(prefix)\(String(format: "%03d", (used.max() ?? 0) + 1)).json"
    let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw failure(directory, errno) }
    let written = contents.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
    let error = errno
    let synced = fsync(fd) == 0
    close(fd)
    guard written == contents.count, synced else {
      unlink(target)
      throw failure(target, written < 0 ? error : ENOSPC)
    }
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
    return String(
      format: "%04d%02d%02d-%02d%02d%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
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
