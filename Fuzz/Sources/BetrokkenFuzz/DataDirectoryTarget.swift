import BetrokkenModel
import Foundation

/// The loader on a data directory with a profile and a shared body that may reference each other: the input is the
/// profile, a NUL byte, then the body. Loading, the membership checks both ways and every situation must hold up.
enum DataDirectoryTarget: FuzzTarget {
  static let asOf = CalendarDate(year: 2026, month: 11, day: 29)!

  /// The files the last input was written to, removed before the next is written.
  nonisolated(unsafe) static var written: [String] = []

  /// The register's header and the rows of the municipalities with a shipped profile or in a shipped body: the
  /// codes seeds use, at a fraction of the cost of reading all 342 rows for every input.
  static func setUp() {
    let register = String(
      decoding: FileManager.default.contents(atPath: FuzzFiles.shippedData + "/municipalities.csv") ?? Data(),
      as: UTF8.self)
    let profiles = (try? FileManager.default.contentsOfDirectory(atPath: FuzzFiles.shippedData + "/profiles")) ?? []
    let body = String(
      decoding: FileManager.default.contents(atPath: FuzzFiles.shippedData + "/bodies/stedenvierkant.json") ?? Data(),
      as: UTF8.self)
    let codes = Set(profiles.map { String($0.prefix(6)) } + (FuzzFiles.allCodes(in: Array(body.utf8))))
    let lines = register.split(separator: "\n", omittingEmptySubsequences: false)
    let kept = [lines[0]] + lines.dropFirst().filter { codes.contains(String($0.prefix(6))) }
    FuzzFiles.write(Array(kept.joined(separator: "\n").utf8), to: FuzzFiles.directory + "/data/municipalities.csv")
  }

  static func run(_ bytes: [UInt8]) {
    let split = bytes.firstIndex(of: 0) ?? bytes.endIndex
    let profile = Array(bytes[..<split])
    let body = split < bytes.endIndex ? Array(bytes[(split + 1)...]) : []
    let base = FuzzFiles.directory + "/data"
    for file in written { unlink(file) }
    written = [
      base + "/profiles/" + (FuzzFiles.firstCode(in: profile) ?? "GM0000") + ".json",
      base + "/bodies/" + bodyFileName(body) + ".json",
    ]
    FuzzFiles.write(profile, to: written[0])
    FuzzFiles.write(body, to: written[1])
    let data = DataSet.load(directory: DataDirectory(path: base, shipped: nil), asOf: asOf)
    guard data.situations.count == data.profiles.count else { FuzzCheck.fail("a situation per profile") }
    FuzzCheck.diagnostics(data.diagnostics, textLength: max(profile.count, body.count))
  }

  /// The body's `"id"` value when the input has one (the file must be named after it), else a fixed name.
  static func bodyFileName(_ bytes: [UInt8]) -> String {
    let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
    guard let key = text.range(of: "\"id\""), let open = text[key.upperBound...].firstIndex(of: "\"") else {
      return "body"
    }
    let value = text[text.index(after: open)...].prefix { $0 != "\"" }
    let safe = value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    return safe && !value.isEmpty && value.count < 100 ? String(value) : "body"
  }
}
