/// Turns a parsed `Data/bodies/ID.json` into a `SharedBody` (docs/profile-format.md, "Shared bodies").
struct SharedBodyDecoder {
  static let keys =
    ["$schema", "formatVersion", "id", "name", "sources"]
    + FormField.allCases.filter { $0 != .memberMunicipalities }.map(\.rawValue)
    + ["memberMunicipalities", "source", "section"]
  static let membershipKeys = ["code", "joined", "left", "source", "section"]

  var reader: DocumentReader

  init(file: String, text: SourceText) {
    reader = DocumentReader(file: file, text: text)
  }

  mutating func decode(_ root: JSONNode) -> SharedBody? {
    guard let m = reader.object(root, path: .root, keys: Self.keys, optional: ["$schema"]) else { return nil }
    if let node = m["$schema"] { _ = reader.nonEmptyString(node, path: "$schema") }
    if let node = m["formatVersion"], let version = reader.integer(node, path: "formatVersion"),
      version != Profile.formatVersion
    {
      reader.report(at: node.offset, path: "formatVersion", .unsupportedBodyFormat(found: version))
    }
    let id = m["id"].flatMap { reader.slug($0, path: "id") }
    let name = m["name"].flatMap { reader.nonEmptyString($0, path: "name") }
    var sources: [Source] = []
    if let node = m["sources"] {
      sources = ProfileDecoder.decodeSources(&reader, node, path: "sources") ?? []
    }
    let sourceIDs = Set(sources.map(\.id)).union(DocumentReader.declaredIDs(m["sources"]))
    var form = Form(id: id ?? "", name: name ?? "", citation: Citation(sourceID: "", section: nil))
    FormFieldsDecoder.decode(&reader, m, path: .root, sources: sourceIDs, into: &form, memberCodes: false)
    let members = m["memberMunicipalities"].flatMap { node in
      reader.array(node, path: "memberMunicipalities", unique: false) { reader, child, path -> BodyMembership? in
        Self.membership(&reader, child, path: JSONPath(prefix: path.description, last: .none), sources: sourceIDs)
      }
    }
    if let members, members.isEmpty, let node = m["memberMunicipalities"] {
      reader.expected(.atLeastOneMember, at: node, path: "memberMunicipalities")
    }
    if let members, case .array(let nodes)? = m["memberMunicipalities"]?.value {
      var seen = Set<String>()
      for (i, member) in members.enumerated() where !seen.insert(member.code).inserted {
        reader.report(
          at: nodes[i].offset, path: "memberMunicipalities[\(i)].code",
          .memberListedTwice(code: member.code))
      }
    }
    let citation = reader.citation(m, path: .root, sources: sourceIDs)
    let fileName = reader.file.split(separator: "/").last.map(String.init) ?? reader.file
    if let id, fileName != "\(id).json", let node = m["id"] {
      reader.report(
        at: node.offset, path: "id", .fileNameMismatch(fileName: fileName, expected: "\(id).json", namedBy: .bodyID))
    }
    guard !reader.hasErrors, let id, let name, let members, let citation else { return nil }
    form.citation = citation
    return SharedBody(id: id, name: name, sources: sources, form: form, members: members, file: reader.file)
  }

  static func membership(_ reader: inout DocumentReader, _ node: JSONNode, path: JSONPath, sources: Set<String>)
    -> BodyMembership?
  {
    guard let m = reader.object(node, path: path, keys: membershipKeys) else { return nil }
    let code = m["code"].flatMap { codeNode -> String? in
      guard let code = reader.string(codeNode, path: path.member("code")) else { return nil }
      guard ProfileDecoder.isMunicipalityCode(code) else {
        reader.report(
          at: codeNode.offset, path: path.member("code"), .expected(.municipalityCode, found: .quoted(code)))
        return nil
      }
      return code
    }
    let joined = m["joined"].map { reader.optionalDate($0, path: path.member("joined")) }
    let left = m["left"].map { reader.optionalDate($0, path: path.member("left")) }
    let citation = reader.citation(m, path: path, sources: sources)
    guard let code, let joined = joined ?? nil, let left = left ?? nil, let citation else { return nil }
    if let joined, let left, left < joined, let node = m["left"] {
      reader.report(
        at: node.offset, path: path.member("left"),
        .expected(.dateOnOrAfter(field: "joined", joined), found: .literal(left.description)))
      return nil
    }
    return BodyMembership(code: code, joined: joined, left: left, citation: citation)
  }
}
