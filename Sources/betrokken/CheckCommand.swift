import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Toets gemeenten aan de wet en aan de aandachtspunten van de leidraad.",
    discussion: "Exitcode 0: geen wettelijk onderdeel 'niet voldaan'; 1: wel (of een onbekende gemeente); 64: verkeerd gebruik."
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var dataOptions: DataOptions

  @Argument(help: ArgumentHelp("Gemeenten (code of naam); standaard alle geladen profielen.", valueName: "GEMEENTE"))
  var municipalities: [String] = []

  @Option(name: .long, help: "Uitvoer: text of json.")
  var format: OutputFormat = .text

  func run() throws {
    let data = dataOptions.load()
    var profiles: [Profile] = []
    for query in municipalities {
      guard let profile = try resolveMunicipality(query, in: data) else { continue }
      profiles.append(profile)
    }
    if municipalities.isEmpty { profiles = data.profiles }
    let results = profiles.map { ($0, ProfileChecks($0)) }
    switch format {
    case .text: print(CheckReport.text(results), terminator: "")
    case .json: print(CheckReport.json(results))
    }
    if results.contains(where: { $0.1.anyLegalItemNotMet }) { throw ExitCode(1) }
  }
}

struct OverviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "overview",
    abstract: "Overzicht van alle geladen gemeenten: ladder, fasen, wettelijke onderdelen, aandachtspunten."
  )

  @OptionGroup var dataOptions: DataOptions

  @Option(name: .long, help: "Breedte in kolommen.")
  var width = 100

  func run() throws {
    let data = dataOptions.load()
    print(OverviewReport.text(data, width: width, symbols: .unicode), terminator: "")
  }
}

/// The text and JSON forms of `betrokken check`.
enum CheckReport {
  static func text(_ results: [(Profile, ProfileChecks)]) -> String {
    var out = ""
    for (profile, checks) in results {
      out += "\(profile.name) (\(profile.code))\n"
      for law in Law.allCases {
        out += "  \(law.label) \(law.article)\n"
        for finding in checks.legal where finding.law == law {
          out += "    \(mark(finding.verdict)) \(finding.item.label) \(finding.item.summary): \(finding.verdict.label) — \(finding.reason)\n"
          for evidence in finding.evidence { out += "        \(evidenceText(evidence, profile))\n" }
        }
      }
      out += "  Aandachtspunten van de leidraad\n"
      for finding in checks.attention {
        let symbol = ChecksPane.ruleSymbol(finding, .unicode).0
        out += "    \(symbol) \(finding.rule.rawValue) (§\(finding.rule.sections.joined(separator: ", §"))): \(finding.statusLabel) — \(finding.reason)\n"
        if finding.isRaised {
          for evidence in finding.evidence { out += "        \(evidenceText(evidence, profile))\n" }
        }
      }
      out += "  Samen: \(checks.count(.met)) voldaan, \(checks.count(.notMet)) niet voldaan, \(checks.count(.undecidable)) niet te beoordelen; \(Dutch.count(checks.raisedWarnings.count, "aandachtspunt", "aandachtspunten")) van toepassing.\n\n"
    }
    return out
  }

  static func mark(_ verdict: Verdict) -> String {
    ChecksPane.symbol(verdict, .unicode).0
  }

  static func evidenceText(_ evidence: Evidence, _ profile: Profile) -> String {
    var text = "→ \(evidence.text)"
    if let citation = evidence.citation { text += " (bron: \(profile.describe(citation)))" }
    return text
  }

  static func json(_ results: [(Profile, ProfileChecks)]) -> String {
    func evidence(_ items: [Evidence]) -> [[String: Any]] {
      items.map { e in
        var entry: [String: Any] = ["text": e.text]
        if let c = e.citation {
          entry["source"] = c.sourceID
          entry["section"] = c.section ?? NSNull()
        }
        return entry
      }
    }
    let municipalities: [[String: Any]] = results.map { profile, checks in
      [
        "code": profile.code, "name": profile.name, "anyLegalItemNotMet": checks.anyLegalItemNotMet,
        "legal": checks.legal.map { f in
          ["law": f.law.rawValue, "item": f.item.rawValue, "verdict": f.verdict.rawValue, "reason": f.reason,
           "evidence": evidence(f.evidence)] as [String: Any]
        },
        "attention": checks.attention.map { f in
          ["rule": f.rule.rawValue, "title": f.rule.title, "sections": f.rule.sections, "raised": f.isRaised,
           "verdict": f.verdict.rawValue, "reason": f.reason, "evidence": evidence(f.evidence)] as [String: Any]
        },
      ]
    }
    let bytes = try! JSONSerialization.data(withJSONObject: ["municipalities": municipalities],
      options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    return String(decoding: bytes, as: UTF8.self)
  }
}
