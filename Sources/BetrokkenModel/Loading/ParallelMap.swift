import Dispatch
import Synchronization

/// Maps an array on all cores, keeping the order of the input.
enum ParallelMap {
  static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    guard items.count > 8 else { return items.map(transform) }
    let chunks = min(items.count, 64)
    let results = Mutex<[[R]]>(Array(repeating: [], count: chunks))
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let lower = items.count * chunk / chunks
      let upper = items.count * (chunk + 1) / chunks
      let mapped = items[lower..<upper].map(transform)
      results.withLock { $0[chunk] = mapped }
    }
    return results.withLock { $0.flatMap { $0 } }
  }
}
