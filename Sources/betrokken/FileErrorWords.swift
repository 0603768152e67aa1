import BetrokkenScreen
import Foundation

/// What went wrong with a file, in the product's words instead of Foundation's ("NSCocoaErrorDomain error 512").
enum FileErrorWords {
  static func reason(_ error: any Error) -> String {
    let nsError = error as NSError
    let posix = (nsError.domain == NSPOSIXErrorDomain ? nsError : nsError.userInfo[NSUnderlyingErrorKey] as? NSError)
      .flatMap { $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil }
    switch posix {
    case EACCES, EPERM: return Strings.text("editing.ioError.permission")
    case ENOENT, ENOTDIR: return Strings.text("editing.ioError.notFound")
    case ENOSPC, EDQUOT: return Strings.text("editing.ioError.noSpace")
    case EROFS: return Strings.text("editing.ioError.readOnly")
    case EEXIST: return Strings.text("editing.ioError.exists")
    case EISDIR: return Strings.text("editing.ioError.isDirectory")
    default: break
    }
    if nsError.domain == NSCocoaErrorDomain {
      switch CocoaError.Code(rawValue: nsError.code) {
      case .fileWriteNoPermission, .fileReadNoPermission: return Strings.text("editing.ioError.permission")
      case .fileNoSuchFile, .fileReadNoSuchFile: return Strings.text("editing.ioError.notFound")
      case .fileWriteOutOfSpace: return Strings.text("editing.ioError.noSpace")
      case .fileWriteVolumeReadOnly: return Strings.text("editing.ioError.readOnly")
      case .fileWriteFileExists: return Strings.text("editing.ioError.exists")
      default: break
      }
    }
    return Strings.text("editing.ioError.other")
  }
}
