import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

/// `betrokken schema --check | --write DIR`: gives every key and enumeration value of the JSON Schemas its Dutch
/// title and description (from the same words and labels the dashboard shows), so an editor shows them.
/// It reads the shipped schemas and writes only into the data directory named with `--write` — never by default.
struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: Strings.text("editing.schema.abstract"),
    discussion: Strings.text("editing.schema.discussion")
  )

  @Flag(name: .long, help: ArgumentHelp(Strings.text("editing.schema.checkHelp")))
  var check = false

  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("editing.schema.writeHelp"), valueName: Strings.text("editing.valueName.directory"))
  )
  var write: String?

  func validate() throws {
    if check == (write != nil) {
      throw ValidationError(Strings.text("editing.schema.checkOrWrite"))
    }
  }

  func run() throws {
    guard let shipped = DataOptions.shippedDataPath else {
      printError(Strings.text("editing.schema.shippedDataNotFound"))
      throw ExitStatus.io
    }
    var isDirectory: ObjCBool = false
    if let write, !(FileManager.default.fileExists(atPath: write, isDirectory: &isDirectory) && isDirectory.boolValue) {
      printError(Strings.text("editing.schema.noSuchDirectory", write))
      throw ExitStatus.usage
    }
    var stale: [String] = []
    for name in ["profile.schema.json", "body.schema.json"] {
      let path = shipped + "/schema/" + name
      let target = write.map { $0 + "/schema/" + name } ?? path
      guard let data = FileManager.default.contents(atPath: path), let root = try? JSONParser.parse(Array(data)) else {
        printError(Strings.text("editing.schema.notJSON", path))
        throw ExitStatus.finding
      }
      // The schemas carry Dutch titles and descriptions whatever the interface language (editors show them).
      let text = Language.$current.withValue(.nl) { SchemaAnnotator.pretty(SchemaAnnotator.annotate(root)) } + "\n"
      if check {
        if Array(text.utf8) != Array(data) { stale.append(path) }
        continue
      }
      if FileManager.default.contents(atPath: target) == Data(text.utf8) { continue }
      try FileManager.default.createDirectory(atPath: write! + "/schema", withIntermediateDirectories: true)
      try Data(text.utf8).write(to: URL(fileURLWithPath: target), options: .atomic)
      print(Strings.text("editing.schema.updated", target))
    }
    if !stale.isEmpty {
      printError(Strings.text("editing.schema.stale", stale.joined(separator: ", ")))
      throw ExitStatus.finding
    }
  }
}

/// Annotates a schema tree: enumerations of vocabulary keys become `oneOf` of `const` with title and description;
/// properties get a title and description.
enum SchemaAnnotator {
  static func annotate(_ node: JSONNode) -> JSONNode {
    switch node.value {
    case .array(let items):
      return JSONNode(.array(items.map(annotate)), offset: 0)
    case .object(let members):
      var result: [JSONMember] = []
      for member in members {
        if member.key == "enum", let oneOf = vocabularyOneOf(member.node) {
          result.append(JSONMember(key: "oneOf", keyOffset: 0, node: oneOf))
        } else if member.key == "oneOf", let refreshed = refreshedOneOf(member.node) {
          result.append(JSONMember(key: "oneOf", keyOffset: 0, node: refreshed))
        } else if member.key == "properties", case .object(let properties) = member.node.value {
          let annotated = properties.map { property in
            JSONMember(key: property.key, keyOffset: 0, node: titled(annotate(property.node), key: property.key))
          }
          result.append(JSONMember(key: "properties", keyOffset: 0, node: JSONNode(.object(annotated), offset: 0)))
        } else {
          result.append(JSONMember(key: member.key, keyOffset: 0, node: annotate(member.node)))
        }
      }
      return JSONNode(.object(result), offset: 0)
    default:
      return node
    }
  }

  /// A property's schema with its title and description first.
  static func titled(_ node: JSONNode, key: String) -> JSONNode {
    guard let words = SchemaWords.keys[key], case .object(let members) = node.value else { return node }
    let rest = members.filter { $0.key != "title" && $0.key != "description" }
    return JSONNode(
      .object(
        [
          JSONMember(key: "title", keyOffset: 0, node: JSONNode(.string(words.title), offset: 0)),
          JSONMember(key: "description", keyOffset: 0, node: JSONNode(.string(words.description), offset: 0)),
        ] + rest), offset: 0)
  }

  /// `["inform", "consult", null]` → `[{"const": "inform", "title": …, "description": …}, …, {"type": "null", …}]`.
  static func vocabularyOneOf(_ node: JSONNode) -> JSONNode? {
    guard case .array(let items) = node.value else { return nil }
    var keys: [String] = []
    var hasNull = false
    for item in items {
      switch item.value {
      case .string(let s): keys.append(s)
      case .null: hasNull = true
      default: return nil
      }
    }
    guard let vocabulary = vocabulary(for: keys) else { return nil }
    return entries(keys, vocabulary: vocabulary, null: hasNull)
  }

  /// An annotated `oneOf` (from an earlier run) made anew, so the words stay current.
  static func refreshedOneOf(_ node: JSONNode) -> JSONNode? {
    guard case .array(let items) = node.value, !items.isEmpty else { return nil }
    var keys: [String] = []
    var hasNull = false
    for item in items {
      if case .string(let s)? = item.member("const")?.value {
        keys.append(s)
      } else if case .string("null")? = item.member("type")?.value, item.member("title") != nil {
        hasNull = true
      } else {
        return nil
      }
    }
    guard let vocabulary = vocabulary(for: keys) else { return nil }
    return entries(keys, vocabulary: vocabulary, null: hasNull)
  }

  /// The vocabulary whose keys are exactly these, else the smallest that holds them all.
  static func vocabulary(for keys: [String]) -> (any VocabularyKey.Type)? {
    let wanted = Set(keys)
    guard !wanted.isEmpty else { return nil }
    let holding = SchemaWords.vocabularies.filter { wanted.isSubset(of: Set($0.allKeys)) }
    return holding.first { Set($0.allKeys) == wanted } ?? holding.min { $0.allKeys.count < $1.allKeys.count }
  }

  static func entries(_ keys: [String], vocabulary: any VocabularyKey.Type, null: Bool) -> JSONNode {
    var items: [JSONNode] = keys.map { key in
      let words = words(key, in: vocabulary)
      return JSONNode(
        .object([
          JSONMember(key: "const", keyOffset: 0, node: JSONNode(.string(key), offset: 0)),
          JSONMember(key: "title", keyOffset: 0, node: JSONNode(.string(words.title), offset: 0)),
          JSONMember(key: "description", keyOffset: 0, node: JSONNode(.string(words.description), offset: 0)),
        ]), offset: 0)
    }
    if null {
      items.append(
        JSONNode(
          .object([
            JSONMember(key: "type", keyOffset: 0, node: JSONNode(.string("null"), offset: 0)),
            JSONMember(key: "title", keyOffset: 0, node: JSONNode(.string("onbekend"), offset: 0)),
            JSONMember(key: "description", keyOffset: 0, node: JSONNode(.string("geen bron zegt het"), offset: 0)),
          ]), offset: 0))
    }
    return JSONNode(.array(items), offset: 0)
  }

  static func words(_ key: String, in vocabulary: any VocabularyKey.Type) -> (title: String, description: String) {
    func lookup<K: VocabularyKey>(_ type: K.Type) -> (String, String) {
      K(rawValue: key).map { SchemaWords.value($0) } ?? (key, key)
    }
    return lookup(vocabulary)
  }

  /// Two-space indentation; an object or array of scalars on one line when short.
  static func pretty(_ node: JSONNode, indent: String = "") -> String {
    let inner = indent + "  "
    switch node.value {
    case .array(let items):
      if items.isEmpty { return "[]" }
      let inline = "[" + items.map(\.jsonText).joined(separator: ", ") + "]"
      if items.allSatisfy(isScalar), inline.count + indent.count < 120 { return inline }
      return "[\n" + items.map { inner + pretty($0, indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
    case .object(let members):
      if members.isEmpty { return "{}" }
      let inline =
        "{" + members.map { ProfileWriterString.quote($0.key) + ": " + $0.node.jsonText }.joined(separator: ", ") + "}"
      if members.allSatisfy({ isScalar($0.node) }), inline.count + indent.count < 160 { return inline }
      return "{\n"
        + members.map { inner + ProfileWriterString.quote($0.key) + ": " + pretty($0.node, indent: inner) }
        .joined(separator: ",\n") + "\n\(indent)}"
    default:
      return node.jsonText
    }
  }

  static func isScalar(_ node: JSONNode) -> Bool {
    switch node.value {
    case .array(let items): items.isEmpty
    case .object(let members): members.isEmpty
    default: true
    }
  }
}
