import Foundation

/// The libFuzzer entry points. One binary holds every target; `BETROKKEN_FUZZ_TARGET` chooses one (`Fuzz/run` sets
/// it), so the instrumented libraries are built and linked once.
enum FuzzEntry {
  nonisolated(unsafe) static var target: FuzzTarget.Type = JSONParserTarget.self
}

/// One thing to fuzz: set up once, then called with each input. A broken invariant traps (`FuzzCheck.fail`), which
/// libFuzzer reports as a crash and saves the input.
protocol FuzzTarget: Sendable {
  static func setUp()
  static func run(_ bytes: [UInt8])
}

/// Called once by libFuzzer before any input: chooses the target and sets it up.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
  let name = ProcessInfo.processInfo.environment["BETROKKEN_FUZZ_TARGET"] ?? ""
  guard let target = FuzzTargets.all[name] else {
    let names = FuzzTargets.all.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("BETROKKEN_FUZZ_TARGET must be one of: \(names)\n".utf8))
    exit(64)
  }
  FuzzEntry.target = target
  target.setUp()
  // libFuzzer ends with exit(); the scratch directory goes with it.
  atexit { try? FileManager.default.removeItem(atPath: FuzzFiles.directory) }
  return 0
}

/// Called by libFuzzer with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzEntry.target.run(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

/// libFuzzer's own driver. SwiftPM links an executable target with its `main` renamed to `BetrokkenFuzz_main`, so the
/// program's entry is that function, which hands over to the driver (with the same arguments as libFuzzer's `main`).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// The program's entry (see above).
@_cdecl("BetrokkenFuzz_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return runFuzzerDriver(&count, &arguments) { data, size in fuzzTestOneInput(data, size) }
}
