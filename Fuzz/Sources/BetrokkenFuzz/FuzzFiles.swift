import Foundation

/// A private scratch directory per fuzzing process; inputs are written into it, as the loaders read files.
enum FuzzFiles {
  static let directory: String = {
    let path = NSTemporaryDirectory() + "betrokken-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  /// The package's `Data/`, found from this source file (the fuzzer runs from the checkout).
  static let shippedData: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return root.path + "/Data"
  }()

  static func write(_ bytes: [UInt8], to path: String) {
    if !FileManager.default.createFile(atPath: path, contents: Data(bytes)) {
      let parent = (path as NSString).deletingLastPathComponent
      try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
      guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
        FuzzCheck.fail("cannot write \(path)")
      }
    }
  }

  /// Every municipality code in the input.
  static func allCodes(in bytes: [UInt8]) -> [String] {
    var codes: [String] = []
    var rest = bytes[...]
    while let code = firstCode(in: Array(rest)), let range = rest.firstRange(of: Array(code.utf8)) {
      codes.append(code)
      rest = rest[range.upperBound...]
    }
    return codes
  }

  /// The first municipality code (`GM` and four digits) in the input, so a profile's file can be named after it.
  static func firstCode(in bytes: [UInt8]) -> String? {
    guard bytes.count >= 6 else { return nil }
    for start in 0...(bytes.count - 6) where bytes[start] == 0x47 && bytes[start + 1] == 0x4D {
      let digits = bytes[(start + 2)..<(start + 6)]
      if digits.allSatisfy({ (0x30...0x39).contains($0) }) {
        return "GM" + String(decoding: digits, as: UTF8.self)
      }
    }
    return nil
  }
}
