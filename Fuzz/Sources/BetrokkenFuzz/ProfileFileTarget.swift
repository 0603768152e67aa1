import BetrokkenModel

/// The profile loader on one file: any bytes give a profile or diagnostics, never both an error and a profile; every
/// diagnostic can be said, printably, at a position inside the file.
enum ProfileFileTarget: FuzzTarget {
  nonisolated(unsafe) static var registry: MunicipalityRegistry!

  static func setUp() {
    registry = MunicipalityRegistry.load(from: FuzzFiles.shippedData + "/municipalities.csv").0
  }

  static func run(_ bytes: [UInt8]) {
    let path = FuzzFiles.directory + "/profile/" + (FuzzFiles.firstCode(in: bytes) ?? "GM0000") + ".json"
    FuzzFiles.write(bytes, to: path)
    let (profile, diagnostics) = ProfileLoader.loadFile(path, registry: registry)
    if profile != nil, diagnostics.contains(where: { $0.severity == .error }) {
      FuzzCheck.fail("a profile was returned with errors")
    }
    if profile == nil, !diagnostics.contains(where: { $0.severity == .error }) {
      FuzzCheck.fail("no profile and no error")
    }
    FuzzCheck.diagnostics(diagnostics, textLength: bytes.count)
  }
}
