/// A horizontal bar of a distribution over municipalities: segments in proportion to their counts, out of a
/// total, `width` columns for the total. Each segment's count stands beside the bar, so nothing depends on the eye.
struct Bar {
  struct Segment {
    var count: Int
    var symbol: String
    var role: Role
  }

  var segments: [Segment]
  var total: Int
  var width = 20

  /// The bar's spans; a segment of at least one gets at least one column, and the bar never exceeds `width`.
  var spans: [Span] {
    guard total > 0 else { return [] }
    var used = 0
    var spans: [Span] = []
    for segment in segments where segment.count > 0 {
      let share = max(1, Int((Double(segment.count) / Double(total) * Double(width)).rounded()))
      let columns = min(share, width - used)
      guard columns > 0 else { break }
      spans.append(Span(String(repeating: segment.symbol, count: columns), segment.role))
      used += columns
    }
    if used < width { spans.append(Span(String(repeating: " ", count: width - used))) }
    return spans
  }
}
