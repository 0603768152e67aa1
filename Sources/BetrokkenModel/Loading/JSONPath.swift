/// Where a value sits in a document (`forms[2].rung`), rendered as text only when a diagnostic needs it:
/// building path strings for every field of every file was a fifth of the loading time.
struct JSONPath: Sendable, CustomStringConvertible, ExpressibleByStringInterpolation {
  enum Last: Sendable {
    case none
    case key(String)
    case index(Int)
  }

  let prefix: String
  let last: Last
  /// A second trailing component, so a fact's `value`, `source` and `section` (one level below a keyed path)
  /// need no string work either.
  let next: Last

  static let root = JSONPath(prefix: "", last: .none)

  init(prefix: String, last: Last, next: Last = .none) {
    self.prefix = prefix
    self.last = last
    self.next = next
  }

  init(stringLiteral value: String) {
    self.init(prefix: value, last: .none)
  }

  init(stringInterpolation: DefaultStringInterpolation) {
    self.init(prefix: String(stringInterpolation: stringInterpolation), last: .none)
  }

  var description: String {
    Self.append(next, to: Self.append(last, to: prefix))
  }

  private static func append(_ component: Last, to text: String) -> String {
    switch component {
    case .none: text
    case .key(let key): text.isEmpty ? key : text + "." + key
    case .index(let i): text + "[" + String(i) + "]"
    }
  }

  private func adding(_ component: Last) -> JSONPath {
    if case .none = last { return JSONPath(prefix: prefix, last: component) }
    if case .none = next { return JSONPath(prefix: prefix, last: last, next: component) }
    return JSONPath(prefix: description, last: component)
  }

  func member(_ key: String) -> JSONPath { adding(.key(key)) }

  func element(_ index: Int) -> JSONPath { adding(.index(index)) }
}
