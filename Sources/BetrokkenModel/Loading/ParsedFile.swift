/// A data file read, checked for UTF-8 and parsed, or the one diagnostic that says why it could not be: the first
/// steps every loader (profiles, shared bodies) takes before decoding.
struct ParsedFile {
  let text: SourceText
  let root: JSONNode

  /// `emptyMessage`: what to say about a file of only whitespace; nil leaves that to the parser.
  enum Outcome {
    case parsed(ParsedFile)
    case failed(Diagnostic)
  }

  static func read(_ path: String, emptyMessage: String? = nil) -> Outcome {
    let bytes: [UInt8]
    switch FileSystem.read(path, limit: ProfileLoader.maximumFileSize) {
    case .failure(let error): return .failed(Diagnostic(.error, file: path, message: error.message))
    case .success(let b): bytes = b
    }
    let text = SourceText(bytes: bytes)
    if let emptyMessage, bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return .failed(Diagnostic(.error, file: path, message: emptyMessage))
    }
    if let bad = firstInvalidUTF8Offset(bytes) {
      let byte = String(bytes[bad], radix: 16, uppercase: true)
      return .failed(Diagnostic(.error, file: path, position: text.position(ofOffset: bad),
        message: "geen geldige UTF-8 (byte 0x\(byte)); sla het bestand op als UTF-8"))
    }
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      return .failed(Diagnostic(.error, file: path, position: text.position(ofOffset: error.offset),
        message: "ongeldige JSON: verwacht \(error.expected); gevonden \(error.found)"))
    }
    return .parsed(ParsedFile(text: text, root: root))
  }
}
