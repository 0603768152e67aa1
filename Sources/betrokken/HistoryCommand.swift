import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

/// `betrokken history GEMEENTE`: the records with their dates, layer and sources, and what changed between each
/// consecutive pair.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: Strings.text("cli.history.abstract"),
    discussion: Strings.text("cli.history.discussion")
  )

  @OptionGroup var dataOptions: DataOptions
  @Argument(help: ArgumentHelp(Strings.text("cli.help.municipality"), valueName: Strings.text("cli.valueName.municipality"))) var municipality: String
  @Option(name: .long, help: ArgumentHelp(Strings.text("cli.help.formatTextJsonMarkdown"), valueName: Strings.text("cli.valueName.format"))) var format: RecordOutputFormat = .text

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
      print("## \(profile.name) (\(profile.code)): \(Strings.count(profile.records.count, "cli.history.record"))\n")
      print("| \(Strings.text("cli.history.column.record")) | \(Strings.text("cli.history.column.layer")) | \(Strings.text("cli.history.column.sources")) | \(Strings.text("cli.history.column.formsInPlace")) |")
      print("|---|---|---|---|")
      for record in profile.records {
        print("| \(record.id) | \(layer(record)) | \(record.sources.map { Markdown.cell($0.title) }.joined(separator: "; ")) | \(forms(record)) |")
      }
      if !pairs.isEmpty {
        print("")
        for diff in pairs { print("- \(diff.from.id) → \(diff.to.id): \(Markdown.cell(DiffWords.summary(diff)))") }
      }
    case .text:
      print("\(profile.name) (\(profile.code)): \(Strings.count(profile.records.count, "cli.history.record"))")
      for (i, record) in profile.records.enumerated() {
        let sources = record.sources.map(\.title).joined(separator: "; ")
        print("  \(record.id)  \(layer(record))  \(Strings.count(forms(record), "cli.history.form"))  \(Strings.text("cli.history.sources", sources))")
        if i < pairs.count { print("    → \(pairs[i].to.id): \(DiffWords.summary(pairs[i]))") }
      }
    }
  }
}

/// `betrokken diff GEMEENTE [FROM] [TO]`: what changed between two records.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: Strings.text("cli.diff.abstract"),
    discussion: Strings.text("cli.diff.discussion")
  )

  @OptionGroup var dataOptions: DataOptions
  @Argument(help: ArgumentHelp(Strings.text("cli.help.municipality"), valueName: Strings.text("cli.valueName.municipality"))) var municipality: String
  @Argument(help: ArgumentHelp(Strings.text("cli.diff.fromHelp"), valueName: Strings.text("cli.valueName.from"))) var from: String?
  @Argument(help: ArgumentHelp(Strings.text("cli.diff.toHelp"), valueName: Strings.text("cli.valueName.to"))) var to: String?
  @Option(name: .long, help: ArgumentHelp(Strings.text("cli.help.formatTextJsonMarkdown"), valueName: Strings.text("cli.valueName.format"))) var format: RecordOutputFormat = .text

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
      print("| | \(Strings.text("cli.diff.column.change")) |")
      print("|---|---|")
      let lines = DiffWords.lines(diff)
      if lines.isEmpty { print("| | \(Strings.text("cli.diff.noDifference")) |") }
      for (sign, text) in lines { print("| \(sign) | \(Markdown.cell(text)) |") }
    case .text:
      print(title)
      let lines = DiffWords.lines(diff)
      if lines.isEmpty { print("  \(Strings.text("cli.diff.noDifference"))") }
      for (sign, text) in lines { print("  \(sign) \(text)") }
      if !diff.verdicts.isEmpty || diff.readiness.from != diff.readiness.to {
        print("  \(Strings.text("cli.diff.verdictsAtOwnDate"))")
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
      printError(Strings.text("cli.error.noProfile", query))
      throw ExitCode(3)
    }
    return situation.profile
  }

  /// A record by its id, or the newest on or before a date.
  static func record(_ text: String, of profile: Profile) throws -> Record {
    guard let date = CalendarDate(text) else {
      throw ValidationError(Strings.text("cli.diff.badRecord", text))
    }
    guard let record = profile.record(asOf: date) else {
      printError(Strings.text("cli.diff.noRecordByDate", profile.name, "\(date)", profile.records.map(\.id.description).joined(separator: ", ")))
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
