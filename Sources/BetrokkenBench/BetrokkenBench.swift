import BetrokkenModel
import BetrokkenScreen
import Foundation

/// Benchmarks, run with a release build: `swift run -c release betrokken-bench <name> …`.
/// Prints medians; figures go to docs/performance.md.
@main
enum BetrokkenBench {
  static func main() throws {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard let command = arguments.first else {
      print(
        """
        gebruik: betrokken-bench generate DIR N   synthetische profielen schrijven
                 betrokken-bench generate-bad DIR N  idem, elk profiel met drie fouten (voor het foutenpad)
                 betrokken-bench load DIR [RUNS]  laden + valideren meten (eigen proces, voor piekgeheugen)
                 betrokken-bench load-layers DIR [RUNS]  hetzelfde als laag boven de meegeleverde gegevens (--data DIR)
                 betrokken-bench render [RUNS]    dashboard 200×60 in het grid
                 betrokken-bench snapshots        snapshot van elke meegeleverde gemeente
                 betrokken-bench keys [RUNS]      toets verwerken + opnieuw renderen
        """)
      return
    }
    arguments.removeFirst()
    switch command {
    case "generate":
      let bytes = try SyntheticData.write(count: Int(arguments[1])!, to: arguments[0])
      print("geschreven: \(arguments[1]) profielen, \(bytes) bytes")
    case "generate-bad":
      // The same synthetic profiles, each with three mistakes: a misspelled key, a misspelled rung, an unknown source.
      let bytes = try SyntheticData.write(count: Int(arguments[1])!, to: arguments[0]) { text in
        text.replacingOccurrences(of: "\"citizenMotives\"", with: "\"citizenMotive\"")
          .replacingOccurrences(of: "\"rung\": \"advise\"", with: "\"rung\": \"adviese\"")
          .replacingOccurrences(
            of: "\"source\": \"synthetisch\", \"section\": \"1.", with: "\"source\": \"synthetish\", \"section\": \"1.")
      }
      print("geschreven: \(arguments[1]) profielen met fouten, \(bytes) bytes")
    case "load":
      try load(directory: arguments[0], runs: arguments.count > 1 ? Int(arguments[1])! : 7)
    case "load-layers":
      try load(directory: arguments[0], runs: arguments.count > 1 ? Int(arguments[1])! : 7, layered: true)
    case "render":
      render(runs: arguments.first.flatMap(Int.init) ?? 500)
    case "snapshots":
      snapshots()
    case "keys":
      keys(runs: arguments.first.flatMap(Int.init) ?? 500)
    default:
      print("onbekende benchmark \(command)")
      exit(64)
    }
  }

  /// Benchmarks look at one fixed date, never today's.
  static let asOf = CalendarDate(year: 2026, month: 11, day: 29)!

  /// `layered`: as the program loads with `--data DIR`: the shipped layer, then DIR above it, merged per record.
  static func load(directory: String, runs: Int, layered: Bool = false) throws {
    let shippedPath = shippedDataPath()
    let data = DataDirectory(path: directory, shipped: nil)
    let files = try FileManager.default.contentsOfDirectory(atPath: data.profilesPath)
    let bytes = files.reduce(0) { sum, name in
      sum + ((try? FileManager.default.attributesOfItem(atPath: data.profilesPath + "/" + name)[.size] as? Int) ?? 0)
    }
    var times: [Double] = []
    var loaded = 0
    var errors = 0
    var kept: DataSet?
    for _ in 0..<runs {
      // The program keeps what it loads: freeing the previous run is not part of loading.
      kept = nil
      times.append(
        Measure.seconds {
          kept =
            layered
            ? DataSet.load(
              layers: [DataLayer(kind: .shipped, path: shippedPath), DataLayer(kind: .named, path: directory)],
              shipped: shippedPath, asOf: asOf)
            : DataSet.load(directory: data, asOf: asOf)
        })
      loaded = kept?.profiles.count ?? 0
      errors = kept?.errorCount ?? 0
    }
    let median = Measure.median(times)
    print(
      String(
        format:
          "load+validate: %d profielen (%d fouten), %.1f MB; mediaan %.1f ms over %d runs; %.0f profielen/s; %.1f MB/s; piek-RSS %.1f MiB; RSS na laden %.1f MiB",
        loaded, errors, Double(bytes) / 1e6, median * 1000, runs, Double(loaded) / median, Double(bytes) / 1e6 / median,
        Measure.peakRSSMiB(), Measure.currentRSSMiB()))
  }

  static func shippedDataPath() -> String {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Data/municipalities.csv").path) {
      dir = dir.deletingLastPathComponent()
    }
    return dir.appendingPathComponent("Data").path
  }

  static func shipped() -> DataSet {
    let path = shippedDataPath()
    return DataSet.load(directory: DataDirectory(path: path, shipped: path), asOf: asOf)
  }

  static func render(runs: Int) {
    let data = shipped()
    var times: [Double] = []
    var checksum = 0
    for i in 0..<runs {
      let profile = data.profiles[i % data.profiles.count]
      times.append(
        Measure.seconds {
          let screen = DashboardView.render(
            data: data, state: DashboardState(selectedCode: profile.code), width: 200, height: 60)
          checksum &+= screen.cells.count
        })
    }
    let median = Measure.median(times)
    print(
      String(
        format: "render 200×60: mediaan %.3f ms per frame over %d frames (p90 %.3f ms); %.1f%% van een 60 Hz-frame",
        median * 1000, runs, times.sorted()[runs * 9 / 10] * 1000, median / (1.0 / 60) * 100))
    _ = checksum
  }

  static func snapshots() {
    var data: DataSet!
    let loadTime = Measure.seconds { data = shipped() }
    var bytes = 0
    let total = Measure.seconds {
      for profile in data.profiles {
        let screen = DashboardView.render(
          data: data, state: DashboardState(selectedCode: profile.code), width: 120, height: 40)
        bytes += screen.text.utf8.count
      }
    }
    print(
      String(
        format:
          "snapshot van alle %d gemeenten (120×40, tekst): %.1f ms totaal (%.2f ms per gemeente), %d bytes; laden %.1f ms",
        data.profiles.count, total * 1000, total * 1000 / Double(data.profiles.count), bytes, loadTime * 1000))
  }

  static func keys(runs: Int) {
    let data = shipped()
    var state = DashboardState(selectedCode: data.profiles.first?.code)
    var viewport = DashboardView.frame(data: data, state: state, width: 200, height: 60).viewport
    var times: [Double] = []
    for i in 0..<runs {
      let key: Key = i % data.profiles.count == data.profiles.count - 1 ? .character("g") : .down
      times.append(
        Measure.seconds {
          let (next, _) = Update.update(state, .key(key), data: data, viewport: viewport)
          state = next
          viewport = DashboardView.frame(data: data, state: state, width: 200, height: 60).viewport
        })
    }
    let median = Measure.median(times)
    print(
      String(
        format: "toets + render 200×60: mediaan %.3f ms over %d toetsen (p90 %.3f ms)",
        median * 1000, runs, times.sorted()[runs * 9 / 10] * 1000))
  }
}
