import Foundation

/// All municipalities of the register, by code. Read from `municipalities.csv`
/// (columns code, name, province, population, area_km2, neighbours).
public struct MunicipalityRegistry: Sendable {
  /// Every municipality of the register, in the order of the file.
  public let municipalities: [Municipality]
  private let byCode: [String: Int]

  init(_ municipalities: [Municipality]) {
    self.municipalities = municipalities
    var index: [String: Int] = [:]
    for (i, m) in municipalities.enumerated() { index[m.code] = i }
    byCode = index
  }

  /// The municipality with this CBS code (`GM0363`), or nil when the register has none.
  public subscript(code: String) -> Municipality? {
    byCode[code].map { municipalities[$0] }
  }

  /// The header row `municipalities.csv` must start with, in this order.
  public static let columns = ["code", "name", "province", "population", "area_km2", "neighbours"]

  /// Parses the register; every malformed row is a diagnostic and is skipped.
  public static func parse(_ text: String, file: String) -> (MunicipalityRegistry, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var rows = CSVReader.rows(text)
    guard !rows.isEmpty, rows.removeFirst() == columns else {
      let d = Diagnostic(
        .error, file: file, position: SourcePosition(line: 1, column: 1),
        .registryHeader(expected: columns))
      return (MunicipalityRegistry([]), [d])
    }
    var result: [Municipality] = []
    for (i, row) in rows.enumerated() {
      let line = i + 2
      guard row.count == columns.count, let population = Int(row[3]), let area = Double(row[4]),
        ProfileDecoder.isMunicipalityCode(row[0])
      else {
        diagnostics.append(
          Diagnostic(
            .error, file: file, position: SourcePosition(line: line, column: 1),
            .registryRowSkipped))
        continue
      }
      let neighbours = row[5].split(separator: ";").map(String.init)
      result.append(
        Municipality(
          code: row[0], name: Sanitizer.sanitize(row[1]).text,
          province: Sanitizer.sanitize(row[2]).text, population: population, areaKm2: area, neighbours: neighbours))
    }
    return (MunicipalityRegistry(result), diagnostics)
  }

  /// Reads the register as profiles are read: the same size limit, and the same diagnostics for a file that is
  /// missing, unreadable, too large or not UTF-8.
  public static func load(from path: String) -> (MunicipalityRegistry, [Diagnostic]) {
    let bytes: [UInt8]
    switch FileSystem.read(path, limit: ProfileLoader.maximumFileSize) {
    case .failure(let error): return (MunicipalityRegistry([]), [Diagnostic(.error, file: path, error.problem)])
    case .success(let read): bytes = read
    }
    if let bad = firstInvalidUTF8Offset(bytes) {
      let position = SourceText(bytes: bytes).position(ofOffset: bad)
      return (
        MunicipalityRegistry([]), [Diagnostic(.error, file: path, position: position, .invalidUTF8(byte: bytes[bad]))]
      )
    }
    return parse(String(decoding: bytes, as: UTF8.self), file: path)
  }
}
