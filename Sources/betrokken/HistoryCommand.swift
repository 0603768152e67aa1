import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

/// `betrokken history GEMEENTE`: the records with their dates, layer and sources, and what changed between each
/// consecutive pair.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "De records van een gemeente door de tijd, en per stap wat er veranderde.",
    discussion: "Exitcode 0; 3 bij een onbekende gemeente; 64 bij verkeerd gebruik."
  )

  @OptionGroup var dataOptions: DataOptions
  @Argument(help: ArgumentHelp("Gemeente: code of naam.", valueName: "GEMEENTE")) var municipality: String
  @Option(name: .long, help: "text, json of markdown.") var format: RecordOutputFormat = .text

  func run() throws {
    let data = dataOptions.load()
    let profile = try RecordLookup.profile(municipality, in: data)
    let bodies = Dictionary(data.bodies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let pairs = zip(profile.records, profile.records.dropFirst()).map { RecordDiff(profile, from: $0, to: $1, bodies: bodies) }
    func layer(_ record: Record) -> String { record.origin.map { LayerWords.name($0.layer) } ?? "–" }
    func forms(_ record: Record) -> Int { Situation(profile, asOf: record.id, bodies: bodies).formsInPlace.count }
    switch format {
    case .json:
      let object: [String: Any] = [
        "code": profile.code, "name": profile.name,
        "records": profile.records.map { record -> [String: Any] in
          ["id": record.id.description, "layer": record.origin?.layer.kind.rawValue ?? NSNull(),
           "sources": record.sources.map { ["id": $0.id, "title": $0.title, "url": $0.url ?? NSNull()] as [String: Any] },
           "formsInPlace": forms(record)]
        },
        "changes": pairs.map { DiffJSON.counts($0) },
      ]
      print(DiffJSON.text(object))
    case .markdown:
      print("## \(profile.name) (\(profile.code)): \(Dutch.count(profile.records.count, "record", "records"))\n")
      print("| record | laag | bronnen | vormen die meetellen |")
      print("|---|---|---|---|")
      for record in profile.records {
        print("| \(record.id) | \(layer(record)) | \(record.sources.map { Markdown.cell($0.title) }.joined(separator: "; ")) | \(forms(record)) |")
      }
      if !pairs.isEmpty {
        print("")
        for diff in pairs { print("- \(diff.from.id) → \(diff.to.id): \(Markdown.cell(DiffWords.summary(diff)))") }
      }
    case .text:
      print("\(profile.name) (\(profile.code)): \(Dutch.count(profile.records.count, "record", "records"))")
      for (i, record) in profile.records.enumerated() {
        let sources = record.sources.map(\.title).joined(separator: "; ")
        print("  \(record.id)  \(layer(record))  \(Dutch.count(forms(record), "vorm", "vormen"))  bronnen: \(sources)")
        if i < pairs.count { print("    → \(pairs[i].to.id): \(DiffWords.summary(pairs[i]))") }
      }
    }
  }
}

/// `betrokken diff GEMEENTE [FROM] [TO]`: what changed between two records.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Wat er veranderde tussen twee records van een gemeente (standaard het oudste en het nieuwste).",
    discussion: "VAN en TOT: record-id's of data (een datum kiest het nieuwste record op of voor die dag). Exitcode 0, ook als er niets veranderde; 3 bij een onbekende gemeente of record; 64 bij verkeerd gebruik."
  )

  @OptionGroup var dataOptions: DataOptions
  @Argument(help: ArgumentHelp("Gemeente: code of naam.", valueName: "GEMEENTE")) var municipality: String
  @Argument(help: ArgumentHelp("Record of datum (standaard het oudste).", valueName: "VAN")) var from: String?
  @Argument(help: ArgumentHelp("Record of datum (standaard het nieuwste).", valueName: "TOT")) var to: String?
  @Option(name: .long, help: "text, json of markdown.") var format: RecordOutputFormat = .text

  func run() throws {
    let data = dataOptions.load()
    let profile = try RecordLookup.profile(municipality, in: data)
    let first = try from.map { try RecordLookup.record($0, of: profile) } ?? profile.records.first!
    let last = try to.map { try RecordLookup.record($0, of: profile) } ?? profile.records.last!
    let bodies = Dictionary(data.bodies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let diff = RecordDiff(profile, from: first, to: last, bodies: bodies)
    let title = "\(profile.name) (\(profile.code)): \(first.id) → \(last.id)"
    switch format {
    case .json:
      print(DiffJSON.text(DiffJSON.full(diff)))
    case .markdown:
      print("## \(title)\n")
      print("| | wijziging |")
      print("|---|---|")
      let lines = DiffWords.lines(diff)
      if lines.isEmpty { print("| | geen verschil |") }
      for (sign, text) in lines { print("| \(sign) | \(Markdown.cell(text)) |") }
    case .text:
      print(title)
      let lines = DiffWords.lines(diff)
      if lines.isEmpty { print("  geen verschil") }
      for (sign, text) in lines { print("  \(sign) \(text)") }
      if !diff.verdicts.isEmpty || diff.readiness.from != diff.readiness.to {
        print("  (wettelijke onderdelen en participatieverordening elk op de datum van hun record)")
      }
    }
  }
}

enum RecordOutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, markdown
}

/// Finding a municipality and one of its records; not found is exit 3.
enum RecordLookup {
  static func profile(_ query: String, in data: DataSet) throws -> Profile {
    guard let situation = data.situation(matching: query) else {
      printError("Geen profiel gevonden voor \"\(query)\".")
      throw ExitCode(3)
    }
    return situation.profile
  }

  /// A record by its id, or the newest on or before a date.
  static func record(_ text: String, of profile: Profile) throws -> Record {
    guard let date = CalendarDate(text) else {
      throw ValidationError("Verwacht een record-id of datum als 2026-11-29; gevonden \"\(text)\".")
    }
    guard let record = profile.record(asOf: date) else {
      printError("\(profile.name) heeft geen record op of voor \(date); records: \(profile.records.map(\.id.description).joined(separator: ", ")).")
      throw ExitCode(3)
    }
    return record
  }
}

enum Markdown {
  static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}

/// The JSON of `history` and `diff`: stable keys, no sentences.
enum DiffJSON {
  static func text(_ object: Any) -> String {
    let bytes = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    return String(decoding: bytes, as: UTF8.self)
  }

  static func counts(_ diff: RecordDiff) -> [String: Any] {
    var counts: [String: Int] = [:]
    for change in diff.forms {
      let key: String =
        switch change {
        case .added: "formsAdded"
        case .ended: "formsEnded"
        case .renamed: "formsRenamed"
        case .replaced: "formsReplaced"
        case .moved: "formsChanged"
        }
      counts[key, default: 0] += 1
    }
    for change in diff.regulations {
      let key: String =
        switch change {
        case .adopted: "regulationsAdopted"
        case .withdrawn: "regulationsWithdrawn"
        case .changed: "regulationsChanged"
        }
      counts[key, default: 0] += 1
    }
    return ["from": diff.from.id.description, "to": diff.to.id.description, "counts": counts,
      "verdictsChanged": diff.verdicts.count, "readiness": ["from": diff.readiness.from.rawValue, "to": diff.readiness.to.rawValue]]
  }

  static func full(_ diff: RecordDiff) -> [String: Any] {
    func value(_ x: (any CustomStringConvertible)?) -> Any { x.map { $0.description as Any } ?? NSNull() }
    let forms: [[String: Any]] = diff.forms.map { change in
      switch change {
      case .added(let f): return ["change": "added", "form": f.id, "name": f.name]
      case .ended(let f): return ["change": "ended", "form": f.id, "name": f.name]
      case .renamed(let a, let b): return ["change": "renamed", "form": b.id, "from": a.name, "to": b.name]
      case .replaced(let old, let f): return ["change": "replaced", "form": f.id, "name": f.name, "replaces": old.map(\.id)]
      case .moved(let f, let aspects):
        return ["change": "changed", "form": f.id, "name": f.name, "aspects": aspects.map { aspect -> [String: Any] in
          switch aspect {
          case .rung(let a, let b): return ["aspect": "rung", "from": value(a?.rawValue), "to": value(b?.rawValue)]
          case .phases(let a, let b): return ["aspect": "phases", "from": a.map { $0.map(\.rawValue) as Any } ?? NSNull(), "to": b.map { $0.map(\.rawValue) as Any } ?? NSNull()]
          case .scale(let a, let b): return ["aspect": "scale", "from": value(a?.rawValue), "to": value(b?.rawValue)]
          case .standing(let a, let b): return ["aspect": "standing", "from": String(describing: a), "to": String(describing: b)]
          }
        }]
      }
    }
    let regulations: [[String: Any]] = diff.regulations.map { change in
      switch change {
      case .adopted(let r): return ["change": "adopted", "regulation": r.id, "title": r.title, "identifier": value(r.identifier)]
      case .withdrawn(let r): return ["change": "withdrawn", "regulation": r.id, "title": r.title, "identifier": value(r.identifier)]
      case .changed(_, let r, let aspects):
        return ["change": "changed", "regulation": r.id, "title": r.title, "aspects": aspects.map(\.rawValue)]
      }
    }
    return [
      "code": diff.profile.code, "from": diff.from.id.description, "to": diff.to.id.description,
      "forms": forms, "regulations": regulations,
      "verdicts": diff.verdicts.map { ["law": $0.law.rawValue, "item": $0.item.rawValue, "from": $0.from.rawValue, "to": $0.to.rawValue] },
      "readiness": ["from": diff.readiness.from.rawValue, "to": diff.readiness.to.rawValue],
    ]
  }
}
