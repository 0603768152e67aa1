#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a file could not be read.
enum FileReadError: Error {
  case notFound
  case permissionDenied
  case isDirectory
  case tooLarge(Int)
  case other(String)

  var problem: Problem {
    switch self {
    case .notFound: .fileNotFound
    case .permissionDenied: .noReadPermission
    case .isDirectory: .isDirectory
    case .tooLarge(let size): .fileTooLarge(bytes: size, limit: ProfileLoader.maximumFileSize)
    case .other(let text): .systemError(text)
    }
  }

  static func fromErrno(_ code: Int32) -> FileReadError {
    switch code {
    case ENOENT, ENOTDIR: .notFound
    case EACCES, EPERM: .permissionDenied
    case EISDIR: .isDirectory
    default: .other(String(cString: strerror(code)))
    }
  }
}

enum FileKind {
  case file(size: Int)
  case directory
}

enum FileSystem {
  static func kind(of path: String) -> Result<FileKind, FileReadError> {
    var info = stat()
    guard stat(path, &info) == 0 else { return .failure(.fromErrno(errno)) }
    if (info.st_mode & S_IFMT) == S_IFDIR { return .success(.directory) }
    return .success(.file(size: Int(info.st_size)))
  }

  /// Reads a whole file, refusing one larger than `limit` before reading it.
  static func read(_ path: String, limit: Int) -> Result<[UInt8], FileReadError> {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return .failure(.fromErrno(errno)) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(.fromErrno(errno)) }
    if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.isDirectory) }
    let size = Int(info.st_size)
    if size > limit { return .failure(.tooLarge(size)) }
    var bytes = [UInt8](repeating: 0, count: size)
    var done = 0
    while done < size {
      let n = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(fd, buffer.baseAddress! + done, size - done)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(.fromErrno(errno))
      }
      if n == 0 { break }
      done += n
    }
    if done < size { bytes.removeLast(size - done) }
    return .success(bytes)
  }

  /// The names in a directory, sorted, without hidden entries.
  static func list(_ path: String) -> Result<[String], FileReadError> {
    guard let dir = opendir(path) else { return .failure(.fromErrno(errno)) }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    return .success(names.sorted())
  }
}
