import Foundation

/// Loads profiles from files and directories. A bad file never stops the others: each problem becomes a
/// diagnostic, and every file without errors is loaded.
public enum ProfileLoader {
  static let maximumFileSize = 1 << 20

  /// Loads every `*.json` in the given directories and every file given directly.
  public static func load(paths: [String], registry: MunicipalityRegistry) -> LoadResult {
    var result = LoadResult()
    var files: [String] = []
    for path in paths {
      switch FileSystem.kind(of: path) {
      case .failure(let error):
        result.diagnostics.append(Diagnostic(.error, file: path, error.problem))
      case .success(.directory):
        switch FileSystem.list(path) {
        case .failure(let error):
          result.diagnostics.append(Diagnostic(.error, file: path, error.problem))
        case .success(let names):
          let base = path.hasSuffix("/") ? path : path + "/"
          files += names.filter { $0.hasSuffix(".json") }.map { base + $0 }
        }
      case .success(.file):
        files.append(path)
      }
    }
    // Files are independent: load them on all cores, then merge in path order so results are deterministic.
    let loaded = ParallelMap.map(files) { loadFile($0, registry: registry) }
    result.filesRead = files.count
    for (profile, diagnostics) in loaded {
      result.diagnostics += diagnostics
      if let profile { result.profiles.append(profile) }
    }
    checkAcrossFiles(&result)
    result.profiles = sortedByName(result.profiles)
    return result
  }

  /// Sorted in Dutch list order; each sort key is computed once, not in every comparison.
  static func sortedByName(_ profiles: [Profile]) -> [Profile] {
    // Sort indices, not the (large) profile values, and fold each name once.
    let keys = profiles.map(\.name.sortKey)
    let order = profiles.indices.sorted { a, b in
      keys[a] != keys[b] ? keys[a] < keys[b] : profiles[a].name < profiles[b].name
    }
    return order.map { profiles[$0] }
  }

  /// One file: read, check encoding, parse, decode, check against the registry.
  public static func loadFile(_ path: String, registry: MunicipalityRegistry) -> (Profile?, [Diagnostic]) {
    decode(ParsedFile.read(path, emptyProblem: .emptyProfileFile), path: path, registry: registry)
  }

  /// A profile's text held in memory (the editor's), checked exactly as a file of that name would be: the same
  /// diagnostics, positions and rules as `validate`, without touching the disk.
  public static func load(text bytes: [UInt8], named path: String, registry: MunicipalityRegistry)
    -> (Profile?, [Diagnostic])
  {
    guard bytes.count <= maximumFileSize else {
      return (nil, [Diagnostic(.error, file: path, .fileTooLarge(bytes: bytes.count, limit: maximumFileSize))])
    }
    return decode(ParsedFile.parse(bytes, path: path, emptyProblem: .emptyProfileFile), path: path, registry: registry)
  }

  private static func decode(_ outcome: ParsedFile.Outcome, path: String, registry: MunicipalityRegistry)
    -> (Profile?, [Diagnostic])
  {
    let text: SourceText
    let root: JSONNode
    switch outcome {
    case .failed(let diagnostic): return (nil, [diagnostic])
    case .parsed(let file): (text, root) = (file.text, file.root)
    }
    var decoder = ProfileDecoder(file: path, text: text)
    let decoded = decoder.decode(root)
    var reader = decoder.reader
    if let profile = decoded {
      checkAgainstRegistry(profile, root: root, registry: registry, reader: &reader)
    }
    let diagnostics = reader.diagnostics.sorted(by: Diagnostic.inReadingOrder)
    return (reader.hasErrors ? nil : decoded, diagnostics)
  }

  private static func checkAgainstRegistry(
    _ profile: Profile, root: JSONNode, registry: MunicipalityRegistry, reader: inout DocumentReader
  ) {
    let codeOffset = root.member("code")?.offset ?? 0
    let fileName = profile.file.split(separator: "/").last.map(String.init) ?? profile.file
    if fileName != "\(profile.code).json" {
      reader.report(
        at: codeOffset, path: "code",
        .fileNameMismatch(fileName: fileName, expected: "\(profile.code).json", namedBy: .municipalityCode))
    }
    if let municipality = registry[profile.code] {
      if municipality.name != profile.name {
        reader.report(
          .warning, at: root.member("name")?.offset ?? 0, path: "name",
          .registryNameDiffers(code: profile.code, registryName: municipality.name, profileName: profile.name))
      }
    } else {
      let registered = registry.municipalities.first { $0.name.folded == profile.name.folded }
      reader.report(
        at: codeOffset, path: "code",
        .unknownMunicipalityCode(
          profile.code, profileName: registered.map { _ in profile.name }, codeOfName: registered?.code))
    }
    // Member municipalities of forms: records[i].forms[j] in version 2, forms[j] in version 1.
    var formLists: [(path: String, nodes: [JSONNode], forms: [Form])] = []
    if profile.fileFormatVersion == 1 {
      if case .array(let nodes)? = root.member("forms")?.value {
        formLists.append(("forms", nodes, profile.records[0].forms))
      }
    } else if case .array(let recordNodes)? = root.member("records")?.value {
      // Records are sorted by date in the model; match them to their nodes by id.
      for (i, recordNode) in recordNodes.enumerated() {
        guard case .string(let id)? = recordNode.member("id")?.value,
          let record = profile.records.first(where: { $0.id.description == id }),
          case .array(let nodes)? = recordNode.member("forms")?.value
        else { continue }
        formLists.append(("records[\(i)].forms", nodes, record.forms))
      }
    }
    for (prefix, formNodes, forms) in formLists {
      for (i, form) in forms.enumerated() {
        guard let codes = form.memberMunicipalities.value, i < formNodes.count,
          case .array(let codeNodes)? = formNodes[i].member("memberMunicipalities")?.value
        else { continue }
        for (j, code) in codes.enumerated() where registry[code] == nil {
          reader.report(
            at: codeNodes[j].offset, path: "\(prefix)[\(i)].memberMunicipalities[\(j)]",
            .unknownMunicipalityCode(code))
        }
      }
    }
  }

  /// Duplicate codes (the first file in path order is kept) and regional forms whose name differs per member.
  private static func checkAcrossFiles(_ result: inout LoadResult) {
    var firstFile: [String: String] = [:]
    var duplicates = IndexSet()
    for (index, profile) in result.profiles.enumerated() {
      if let other = firstFile[profile.code] {
        result.diagnostics.append(
          Diagnostic(
            .error, file: profile.file, path: "code",
            .duplicateProfileCode(profile.code, otherFile: other)))
        duplicates.insert(index)
      } else {
        firstFile[profile.code] = profile.file
      }
    }
    if !duplicates.isEmpty {
      result.profiles = result.profiles.enumerated().filter { !duplicates.contains($0.offset) }.map(\.element)
    }
    let kept = result.profiles
    var regionalNames: [String: (name: String, file: String)] = [:]
    for profile in kept {
      for form in profile.records.flatMap(\.forms) where form.scale == .known(.regional) {
        if let seen = regionalNames[form.id], seen.name != form.name {
          result.diagnostics.append(
            Diagnostic(
              .warning, file: profile.file, path: "forms.\(form.id)",
              .regionalFormNameDiffers(formID: form.id, name: form.name, otherFile: seen.file, otherName: seen.name)))
        } else if regionalNames[form.id] == nil {
          regionalNames[form.id] = (form.name, profile.file)
        }
      }
    }
  }
}
