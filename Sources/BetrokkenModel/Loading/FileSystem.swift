import Foundation
import SystemPackage

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

  init(_ errno: Errno) {
    switch errno {
    case .noSuchFileOrDirectory, .notDirectory: self = .notFound
    case .permissionDenied, .notPermitted: self = .permissionDenied
    case .isDirectory: self = .isDirectory
    default: self = .other(errno.description)
    }
  }
}

enum FileKind {
  case file(size: Int)
  case directory
}

/// Reading data files through swift-system: typed errors instead of `errno`, and no hand-written POSIX calls.
enum FileSystem {
  static func kind(of path: String) -> Result<FileKind, FileReadError> {
    do {
      let info = try FilePath(path).stat()
      return .success(info.type == .directory ? .directory : .file(size: Int(info.size)))
    } catch {
      return .failure(FileReadError(error))
    }
  }

  /// Reads a whole file, refusing one larger than `limit` before reading it.
  static func read(_ path: String, limit: Int) -> Result<[UInt8], FileReadError> {
    do {
      let descriptor = try FileDescriptor.open(FilePath(path), .readOnly, options: [.closeOnExec])
      return try descriptor.closeAfter { () throws -> Result<[UInt8], FileReadError> in
        let info = try descriptor.stat()
        if info.type == .directory { return .failure(.isDirectory) }
        let size = Int(info.size)
        if size > limit { return .failure(.tooLarge(size)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
          let n = try bytes.withUnsafeMutableBytes { buffer in
            try descriptor.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[done...]))
          }
          if n == 0 { break }
          done += n
        }
        if done < size { bytes.removeLast(size - done) }
        return .success(bytes)
      }
    } catch let error as Errno {
      return .failure(FileReadError(error))
    } catch {
      return .failure(.other(String(describing: error)))
    }
  }

  /// The names in a directory, sorted, without hidden entries.
  static func list(_ path: String) -> Result<[String], FileReadError> {
    if case .failure(let error) = kind(of: path) { return .failure(error) }
    do {
      return .success(try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted())
    } catch let error as NSError {
      let underlying = (error.userInfo[NSUnderlyingErrorKey] as? NSError).map { Errno(rawValue: Int32($0.code)) }
      return .failure(underlying.map(FileReadError.init) ?? .other(error.localizedDescription))
    }
  }
}
