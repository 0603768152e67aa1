import BetrokkenModel

/// The register CSV reader: any bytes give municipalities with valid codes and diagnostics on real lines.
enum RegisterTarget: FuzzTarget {
  static func setUp() {}

  static func run(_ bytes: [UInt8]) {
    let path = FuzzFiles.directory + "/register/municipalities.csv"
    FuzzFiles.write(bytes, to: path)
    let (registry, diagnostics) = MunicipalityRegistry.load(from: path)
    let lines = bytes.count { $0 == 0x0A || $0 == 0x0D } + 1
    for diagnostic in diagnostics {
      if let position = diagnostic.position, position.line > lines {
        FuzzCheck.fail("line \(position.line) in a file of \(lines) lines")
      }
    }
    for municipality in registry.municipalities {
      let code = municipality.code
      guard code.count == 6, code.hasPrefix("GM"), code.dropFirst(2).allSatisfy(\.isASCII),
        code.dropFirst(2).allSatisfy(\.isNumber)
      else { FuzzCheck.fail("code \(code.debugDescription)") }
      guard registry[code] != nil else { FuzzCheck.fail("lookup of \(code)") }
      guard FuzzCheck.isSanitized(municipality.name), FuzzCheck.isSanitized(municipality.province) else {
        FuzzCheck.fail("unsanitized name \(municipality.name.debugDescription)")
      }
    }
    FuzzCheck.diagnostics(diagnostics, textLength: bytes.count)
  }
}
