/// A data file read, checked for UTF-8 and parsed, or the one diagnostic that says why it could not be: the first
/// steps every loader (profiles, shared bodies) takes before decoding.
struct ParsedFile {
  let text: SourceText
  let root: JSONNode

  /// `emptyProblem`: what to report for a file of only whitespace; nil leaves that to the parser.
  enum Outcome {
    case parsed(ParsedFile)
    case failed(Diagnostic)
  }

  static func read(_ path: String, emptyProblem: Problem? = nil) -> Outcome {
    let bytes: [UInt8]
    switch FileSystem.read(path, limit: ProfileLoader.maximumFileSize) {
    case .failure(let error): return .failed(Diagnostic(.error, file: path, error.problem))
    case .success(let b): bytes = b
    }
    return parse(bytes, path: path, emptyProblem: emptyProblem)
  }

  /// Bytes already read (or made in memory, by the editor), checked and parsed as `read` does; `path` names them in
  /// diagnostics.
  static func parse(_ bytes: [UInt8], path: String, emptyProblem: Problem? = nil) -> Outcome {
    var bytes = bytes
    let text = SourceText(bytes: bytes)
    // A UTF-8 byte-order mark (Windows editors write one) is read as white space; positions stay those of the file.
    let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    if bytes.starts(with: byteOrderMark) { bytes.replaceSubrange(0..<3, with: [0x20, 0x20, 0x20]) }
    if let emptyProblem, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return .failed(Diagnostic(.error, file: path, emptyProblem))
    }
    if let bad = firstInvalidUTF8Offset(bytes) {
      return .failed(
        Diagnostic(.error, file: path, position: text.position(ofOffset: bad), .invalidUTF8(byte: bytes[bad])))
    }
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      return .failed(
        Diagnostic(
          .error, file: path, position: text.position(ofOffset: error.offset),
          .syntax(expected: error.expected, found: error.found)))
    }
    return .parsed(ParsedFile(text: text, root: root))
  }
}
