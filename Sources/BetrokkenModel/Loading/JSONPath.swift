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

  static let root = JSONPath(prefix: "", last: .none)

  init(prefix: String, last: Last) {
    self.prefix = prefix
    self.last = last
  }

  init(stringLiteral value: String) {
    self.init(prefix: value, last: .none)
  }

  init(stringInterpolation: DefaultStringInterpolation) {
    self.init(prefix: String(stringInterpolation: stringInterpolation), last: .none)
  }

  var description: String {
    switch last {
    case .none: prefix
    case .key(let key): prefix.isEmpty ? key : prefix + "." + key
    case .index(let i): prefix + "[" + String(i) + "]"
    }
  }

  func member(_ key: String) -> JSONPath {
    JSONPath(prefix: description, last: .key(key))
  }

  func element(_ index: Int) -> JSONPath {
    JSONPath(prefix: description, last: .index(index))
  }
}
