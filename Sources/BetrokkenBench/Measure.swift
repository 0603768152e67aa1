import Foundation

/// Timing helpers: wall-clock seconds of a closure, medians, and peak resident memory.
enum Measure {
  static func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }

  /// Peak resident set size of this process in MiB (VmHWM from /proc).
  static func peakRSSMiB() -> Double { statusMiB("VmHWM:") }

  /// The resident set now: what the loaded data keeps, as opposed to the peak while loading.
  static func currentRSSMiB() -> Double { statusMiB("VmRSS:") }

  static func statusMiB(_ field: String) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
      let kb = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kb / 1024
  }
}
