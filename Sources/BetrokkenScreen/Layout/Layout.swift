/// Splits a rectangle into parts along one axis by constraints, like ratatui's Layout:
/// fixed lengths first, then minimums, then percentages, and what is left goes to the fills by weight.
/// Parts never overlap and never extend past the rectangle; when space runs out, later parts shrink first.
public enum Constraint: Equatable, Sendable {
  case length(Int)
  case min(Int)
  case percentage(Int)
  case fill(Int)
}

enum Axis: Sendable {
  case horizontal
  case vertical
}

enum Layout {
  static func split(_ rect: Rect, _ axis: Axis, _ constraints: [Constraint]) -> [Rect] {
    let total = axis == .horizontal ? rect.width : rect.height
    var sizes = [Int](repeating: 0, count: constraints.count)
    var left = total
    // Fixed and minimum sizes, in order, while space lasts.
    for (i, c) in constraints.enumerated() {
      switch c {
      case .length(let n), .min(let n):
        sizes[i] = Swift.min(Swift.max(0, n), left)
        left -= sizes[i]
      case .percentage(let p):
        sizes[i] = Swift.min(total * Swift.max(0, p) / 100, left)
        left -= sizes[i]
      case .fill: break
      }
    }
    // What remains goes to fills by weight, or to the minimums when there are no fills.
    let fills = constraints.indices.compactMap { i -> (Int, Int)? in
      if case .fill(let w) = constraints[i] { return (i, Swift.max(1, w)) }
      return nil
    }
    let growable =
      fills.isEmpty
      ? constraints.indices.compactMap { i -> (Int, Int)? in
        if case .min = constraints[i] { return (i, 1) }
        return nil
      } : fills
    if left > 0, !growable.isEmpty {
      let weight = growable.reduce(0) { $0 + $1.1 }
      var given = 0
      for (n, (i, w)) in growable.enumerated() {
        let share = n == growable.count - 1 ? left - given : left * w / weight
        sizes[i] += share
        given += share
      }
    }
    var position = axis == .horizontal ? rect.x : rect.y
    return sizes.map { size in
      defer { position += size }
      return axis == .horizontal
        ? Rect(x: position, y: rect.y, width: size, height: rect.height)
        : Rect(x: rect.x, y: position, width: rect.width, height: size)
    }
  }
}
