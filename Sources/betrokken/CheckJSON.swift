import BetrokkenModel
import BetrokkenScreen
import Foundation

/// `betrokken check --format json`: the public interface documented in the README. Keys and values are stable
/// identifiers; only names and titles from the profiles (and the attention points' titles) are text.
enum CheckJSON {
  /// The JSON never depends on the interface language: the only words in it (the attention points' titles) are Dutch.
  static func text(_ results: [(Situation, ProfileChecks)], asOf: CalendarDate) -> String {
    Language.$current.withValue(.nl) { dutchText(results, asOf: asOf) }
  }

  private static func dutchText(_ results: [(Situation, ProfileChecks)], asOf: CalendarDate) -> String {
    let municipalities: [[String: Any]] = results.map { situation, checks in
      [
        "code": situation.code, "name": situation.name,
        "record": situation.record.map { $0.id.description as Any } ?? NSNull(),
        "anyLegalItemNotMet": checks.anyLegalItemNotMet,
        "legal": checks.legal.map { legal($0, situation) },
        "participationOrdinance": readiness(checks.readiness),
        "attention": checks.attention.map { f in
          [
            "rule": f.rule.rawValue, "title": f.rule.title, "sections": f.rule.sections, "raised": f.isRaised,
            "verdict": f.verdict.rawValue, "reason": f.reason.key, "reasonForms": optional(f.reason.formCount),
            "reasonLaws": { if case .regionalPolicyWithoutForm(let laws) = f.reason { laws.map(\.rawValue) as Any } else { NSNull() } }(),
            "evidence": f.evidence.map { e -> [String: Any] in
              ["form": optional(e.form), "fact": e.fact.key, "values": e.fact.values,
               "source": e.citation?.sourceID ?? NSNull(), "section": e.citation?.section ?? NSNull()]
            },
          ] as [String: Any]
        },
      ]
    }
    let bytes = try! JSONSerialization.data(withJSONObject: ["asOf": asOf.description, "municipalities": municipalities],
      options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    return String(decoding: bytes, as: UTF8.self)
  }

  static func optional(_ value: (any CustomStringConvertible)?) -> Any {
    value.map { $0.description as Any } ?? NSNull()
  }

  static func legal(_ finding: LegalFinding, _ situation: Situation) -> [String: Any] {
    var entry: [String: Any] = [
      "law": finding.law.rawValue, "item": finding.item.rawValue,
      "lawItem": finding.law == .participationAct ? (finding.item.participationActLetter ?? "") : finding.item.rawValue,
      "verdict": finding.verdict.rawValue, "reason": finding.reason.key,
      "reasonRegulation": finding.reason.regulation.map { r -> Any in ["title": r.title, "identifier": optional(r.identifier)] } ?? NSNull(),
      "practice": finding.practice.map { practice -> [String: Any] in
        var item: [String: Any] = [
          "shows": practice.shows.rawValue, "source": practice.citation.sourceID,
          "section": optional(practice.citation.section),
        ]
        switch practice.subject {
        case .form(let form):
          item["form"] = form.id
          item["name"] = form.name
        case .choice(let choice):
          item["form"] = NSNull()
          item["name"] = NSNull()
          item["choice"] = choice.rawValue
        }
        return item
      },
      "uncounted": finding.uncounted.map { entry -> [String: Any] in
        ["title": entry.regulation.title, "identifier": optional(entry.regulation.identifier), "article": entry.article,
         "why": entry.why.rawValue]
      },
    ]
    if let carrier = finding.carrier {
      var regulation = reference(carrier.regulation, article: carrier.article)
      if let delegation = carrier.delegatedBy {
        regulation["delegatedBy"] = ["title": delegation.regulation.title, "article": delegation.article]
      }
      entry["regulation"] = regulation
    }
    if case .searchedNotFound(let search) = finding.reason { entry["search"] = Self.search(search) }
    if finding.verdict == .notMet {
      entry["regulations"] = finding.regulationsRead.map { r -> [String: Any] in
        ["title": r.title, "identifier": optional(r.identifier)]
      }
    }
    return entry
  }

  /// A search that found nothing: what, when, where.
  static func search(_ search: RegulationSearch) -> [String: Any] {
    ["for": search.targets.map(\.rawValue), "date": search.date.description, "where": search.place]
  }

  static func reference(_ regulation: Regulation, article: String?) -> [String: Any] {
    [
      "title": regulation.title, "identifier": optional(regulation.identifier),
      "kind": optional(regulation.kind.value?.rawValue), "inForceFrom": optional(regulation.inForceFrom),
      "article": optional(article),
    ]
  }

  static func readiness(_ readiness: ParticipationReadiness) -> [String: Any] {
    [
      "deadline": ParticipationReadiness.deadline.description,
      "deadlineSources": ["griffiers.nl", "VNG"],
      "verdict": readiness.overall.rawValue,
      "daysLeft": readiness.daysLeft,
      "items": readiness.items.map { item -> [String: Any] in
        var entry: [String: Any] = ["item": item.item.rawValue, "verdict": item.verdict.rawValue, "reason": item.reason.rawValue]
        if item.verdict == .met, let carrier = item.carrier { entry["regulation"] = reference(carrier, article: item.article) }
        if let search = item.search { entry["search"] = Self.search(search) }
        return entry
      },
      "inspraak": readiness.inspraak.map { regulation, inspraak -> Any in
        ["procedure": inspraak.procedure.rawValue, "article": optional(inspraak.article), "title": regulation.title]
      } ?? NSNull(),
      "adoptedBeforeNewText": readiness.adoptedBeforeNewText.map(\.title),
    ]
  }
}
