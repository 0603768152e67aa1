/// Loads the shared bodies of a data directory (`bodies/*.json`); a bad file is reported and left out.
public enum BodyLoader {
  /// The bodies of every `*.json` file in `directory`, in name order, and the problems found. A body whose id an
  /// earlier file already has is an error and left out; a directory that cannot be listed gives nothing.
  public static func load(directory: String, registry: MunicipalityRegistry) -> (
    bodies: [SharedBody], diagnostics: [Diagnostic]
  ) {
    guard case .success(let names) = FileSystem.list(directory) else { return ([], []) }
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    var bodies: [SharedBody] = []
    var diagnostics: [Diagnostic] = []
    for name in names.filter({ $0.hasSuffix(".json") }).sorted() {
      let (body, problems) = loadFile(base + name, registry: registry)
      diagnostics += problems
      if let body {
        if let other = bodies.first(where: { $0.id == body.id }) {
          diagnostics.append(
            Diagnostic(
              .error, file: body.file, path: "id",
              .duplicateBody(body.id, otherFile: other.file)))
        } else {
          bodies.append(body)
        }
      }
    }
    return (bodies, diagnostics)
  }

  /// Reads one body file: the body, or nil when it has errors (member codes not in the register among them), and the
  /// diagnostics in reading order.
  public static func loadFile(_ path: String, registry: MunicipalityRegistry) -> (SharedBody?, [Diagnostic]) {
    let text: SourceText
    let root: JSONNode
    switch ParsedFile.read(path) {
    case .failed(let diagnostic): return (nil, [diagnostic])
    case .parsed(let file): (text, root) = (file.text, file.root)
    }
    var decoder = SharedBodyDecoder(file: path, text: text)
    var body = decoder.decode(root)
    var reader = decoder.reader
    if let decoded = body, case .array(let nodes)? = root.member("memberMunicipalities")?.value {
      for (i, member) in decoded.members.enumerated() where registry[member.code] == nil {
        reader.report(
          at: nodes[i].offset, path: "memberMunicipalities[\(i)].code",
          .unknownMunicipalityCode(member.code))
      }
      if reader.hasErrors { body = nil }
    }
    return (body, reader.diagnostics.sorted(by: Diagnostic.inReadingOrder))
  }
}
