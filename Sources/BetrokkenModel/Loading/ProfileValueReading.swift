extension DocumentReader {
  /// A string or null.
  mutating func optionalString(_ node: JSONNode, path: JSONPath) -> String?? {
    node.isNull ? .some(nil) : nonEmptyString(node, path: path).map { .some($0) }
  }

  /// A form or regulation id: lower-case words joined by hyphens.
  mutating func slug(_ node: JSONNode, path: JSONPath) -> String? {
    guard let id = string(node, path: path) else { return nil }
    guard ProfileDecoder.isSlug(id) else {
      report(at: node.offset, path: path, .expected(.slug, found: .quoted(id)))
      return nil
    }
    return id
  }

  /// `YYYY`, `YYYY-MM` or a date, or null.
  mutating func publicationDate(_ node: JSONNode, path: JSONPath) -> String?? {
    if node.isNull { return .some(nil) }
    if case .string(let raw) = node.value {
      let bytes = Array(raw.utf8)
      let year = bytes.count >= 4 ? Int(String(decoding: bytes[0..<4], as: UTF8.self)) : nil
      let yearOK =
        year.map { CalendarDate.supportedYears.contains($0) } ?? false
        && bytes[0..<4].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
      if bytes.count == 4, yearOK { return .some(raw) }
      if bytes.count == 7, yearOK, bytes[4] == UInt8(ascii: "-"), CalendarDate(raw + "-01") != nil { return .some(raw) }
      if CalendarDate(raw) != nil { return .some(raw) }
    }
    expected(.partialDate, at: node, path: path)
    return nil
  }

  /// `{"regulation": id, "article": text}` or null.
  mutating func delegation(_ node: JSONNode, path: JSONPath) -> Delegation?? {
    if node.isNull { return .some(nil) }
    guard let m = object(node, path: path, keys: ProfileDecoder.delegationKeys) else { return nil }
    let id = m["regulation"].flatMap { slug($0, path: path.member("regulation")) }
    let article = m["article"].flatMap { nonEmptyString($0, path: path.member("article")) }
    guard let id, let article else { return nil }
    return .some(Delegation(regulationID: id, article: article))
  }

  /// `{"procedure": key, "article": text or null}` or null.
  mutating func inspraak(_ node: JSONNode, path: JSONPath) -> Inspraak?? {
    if node.isNull { return .some(nil) }
    guard let m = object(node, path: path, keys: ProfileDecoder.inspraakKeys) else { return nil }
    let procedure = m["procedure"].flatMap { key($0, path: path.member("procedure"), as: InspraakProcedure.self) }
    let article = m["article"].map { optionalString($0, path: path.member("article")) }
    guard let procedure, let article = article ?? nil else { return nil }
    return .some(Inspraak(procedure: procedure, article: article))
  }

  /// An object from item keys to the article that carries each: only the items a regulation regulates.
  mutating func articleMap<K: VocabularyKey>(_ node: JSONNode, path: JSONPath, as type: K.Type) -> ArticleMap<K>? {
    guard case .object(let members) = node.value else {
      expected(.itemArticles, at: node, path: path)
      return nil
    }
    var map = ArticleMap<K>()
    var ok = true
    for member in members {
      let memberPath = path.member(member.key)
      guard let key = K(rawValue: member.key) else {
        report(
          at: member.keyOffset, path: memberPath,
          .unknownItem(
            member.key, allowed: K.allKeys, suggestions: Suggestions.closest(to: member.key, among: K.allKeys)))
        ok = false
        continue
      }
      if map[key] != nil {
        report(at: member.keyOffset, path: memberPath, .duplicateKey(member.key))
        ok = false
        continue
      }
      guard let article = nonEmptyString(member.node, path: memberPath) else {
        ok = false
        continue
      }
      map[key] = article
    }
    return ok ? map : nil
  }

  /// Source ids are unique within their list.
  mutating func checkSourceIDs(_ sources: [Source], node: JSONNode, path: JSONPath) {
    guard case .array(let nodes) = node.value else { return }
    if sources.isEmpty, nodes.isEmpty { expected(.atLeastOneSource, at: node, path: path) }
    var seen = Set<String>()
    for (i, source) in sources.enumerated() where !seen.insert(source.id).inserted {
      report(at: nodes[i].offset, path: path.element(i).member("id"), .duplicateID(.source, source.id))
    }
  }
}
