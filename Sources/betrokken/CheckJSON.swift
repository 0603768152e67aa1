import BetrokkenModel
import BetrokkenScreen
import Foundation

/// `betrokken check --format json`: the public interface documented in the README. Keys and values are stable
/// identifiers; only names and titles from the profiles (and the attention points' titles) are text.
struct CheckJSON: Encodable {
  let asOf: String
  let municipalities: [Municipality]

  /// The JSON never depends on the interface language: the only words in it (the attention points' titles) are Dutch.
  static func text(_ results: [(Situation, ProfileChecks)], asOf: CalendarDate) throws -> String {
    try Language.$current.withValue(.nl) {
      try JSONOutput.text(CheckJSON(asOf: asOf.description, municipalities: results.map(Municipality.init)))
    }
  }

  struct Municipality: Encodable {
    let code: String
    let name: String
    let record: OrNull<String>
    let anyLegalItemNotMet: Bool
    let legal: [Legal]
    let participationOrdinance: Readiness
    let attention: [Attention]

    init(_ situation: Situation, _ checks: ProfileChecks) {
      code = situation.code
      name = situation.name
      record = OrNull(situation.record?.id.description)
      anyLegalItemNotMet = checks.anyLegalItemNotMet
      legal = checks.legal.map(Legal.init)
      participationOrdinance = Readiness(checks.readiness)
      attention = checks.attention.map(Attention.init)
    }
  }

  struct Attention: Encodable {
    let rule: String
    let title: String
    let sections: [String]
    let raised: Bool
    let verdict: String
    let reason: String
    /// A count, written as text (as since the first version of this output).
    let reasonForms: OrNull<String>
    let reasonLaws: OrNull<[String]>
    let evidence: [Evidence]

    init(_ finding: AttentionFinding) {
      rule = finding.rule.rawValue
      title = finding.rule.title
      sections = finding.rule.sections
      raised = finding.isRaised
      verdict = finding.verdict.rawValue
      reason = finding.reason.key
      reasonForms = OrNull(finding.reason.formCount.map(String.init))
      if case .regionalPolicyWithoutForm(let laws) = finding.reason {
        reasonLaws = .value(laws.map(\.rawValue))
      } else {
        reasonLaws = .null
      }
      evidence = finding.evidence.map(Evidence.init)
    }
  }

  struct Evidence: Encodable {
    let form: OrNull<String>
    let fact: String
    let values: [String]
    let source: OrNull<String>
    let section: OrNull<String>

    init(_ evidence: BetrokkenModel.Evidence) {
      form = OrNull(evidence.form)
      fact = evidence.fact.key
      values = evidence.fact.values
      source = OrNull(evidence.citation?.sourceID)
      section = OrNull(evidence.citation?.section ?? nil)
    }
  }

  struct Legal: Encodable {
    let law: String
    let item: String
    let lawItem: String
    let verdict: String
    let reason: String
    let reasonRegulation: OrNull<Named>
    let practice: [Practice]
    let uncounted: [Uncounted]
    /// The regulation that carries the item (met items).
    let regulation: Reference?
    /// The search that found nothing.
    let search: Search?
    /// The regulations read, when an item is not met.
    let regulations: [Named]?

    init(_ finding: LegalFinding) {
      law = finding.law.rawValue
      item = finding.item.rawValue
      lawItem = finding.law == .participationAct ? (finding.item.participationActLetter ?? "") : finding.item.rawValue
      verdict = finding.verdict.rawValue
      reason = finding.reason.key
      reasonRegulation = OrNull(finding.reason.regulation.map(Named.init))
      practice = finding.practice.map(Practice.init)
      uncounted = finding.uncounted.map(Uncounted.init)
      regulation = finding.carrier.map { carrier in
        Reference(
          carrier.regulation, article: carrier.article,
          delegatedBy: carrier.delegatedBy.map { DelegatedBy(title: $0.regulation.title, article: $0.article) })
      }
      if case .searchedNotFound(let search) = finding.reason { self.search = Search(search) } else { search = nil }
      regulations = finding.verdict == .notMet ? finding.regulationsRead.map(Named.init) : nil
    }
  }

  /// A regulation by title and identifier.
  struct Named: Encodable {
    let title: String
    let identifier: OrNull<String>

    init(_ regulation: Regulation) {
      title = regulation.title
      identifier = OrNull(regulation.identifier)
    }
  }

  struct Practice: Encodable {
    let shows: String
    let source: String
    let section: OrNull<String>
    let form: OrNull<String>
    let name: OrNull<String>
    /// The municipality-wide choice, when the practice is a choice rather than a form.
    let choice: String?

    init(_ practice: BetrokkenModel.Practice) {
      shows = practice.shows.rawValue
      source = practice.citation.sourceID
      section = OrNull(practice.citation.section)
      switch practice.subject {
      case .form(let form):
        self.form = .value(form.id)
        name = .value(form.name)
        choice = nil
      case .choice(let choice):
        form = .null
        name = .null
        self.choice = choice.rawValue
      }
    }
  }

  struct Uncounted: Encodable {
    let title: String
    let identifier: OrNull<String>
    let article: String
    let why: String

    init(_ entry: UncountedRegulation) {
      title = entry.regulation.title
      identifier = OrNull(entry.regulation.identifier)
      article = entry.article
      why = entry.why.rawValue
    }
  }

  struct DelegatedBy: Encodable {
    let title: String
    let article: String
  }

  struct Reference: Encodable {
    let title: String
    let identifier: OrNull<String>
    let kind: OrNull<String>
    let inForceFrom: OrNull<String>
    let article: OrNull<String>
    let delegatedBy: DelegatedBy?

    init(_ regulation: Regulation, article: String?, delegatedBy: DelegatedBy? = nil) {
      title = regulation.title
      identifier = OrNull(regulation.identifier)
      kind = OrNull(regulation.kind.value?.rawValue)
      inForceFrom = OrNull(regulation.inForceFrom?.description)
      self.article = OrNull(article)
      self.delegatedBy = delegatedBy
    }
  }

  /// A search that found nothing: what, when, where.
  struct Search: Encodable {
    let `for`: [String]
    let date: String
    let `where`: String

    init(_ search: RegulationSearch) {
      self.for = search.targets.map(\.rawValue)
      date = search.date.description
      self.where = search.place
    }
  }

  struct Readiness: Encodable {
    let deadline = ParticipationReadiness.deadline.description
    let deadlineSources = ["griffiers.nl", "VNG"]
    let verdict: String
    let daysLeft: Int
    let items: [Item]
    let inspraak: OrNull<Inspraak>
    let adoptedBeforeNewText: [String]

    struct Item: Encodable {
      let item: String
      let verdict: String
      let reason: String
      let regulation: Reference?
      let search: Search?
    }

    struct Inspraak: Encodable {
      let procedure: String
      let article: OrNull<String>
      let title: String
    }

    init(_ readiness: ParticipationReadiness) {
      verdict = readiness.overall.rawValue
      daysLeft = readiness.daysLeft
      items = readiness.items.map { item in
        Item(
          item: item.item.rawValue, verdict: item.verdict.rawValue, reason: item.reason.rawValue,
          regulation: item.verdict == .met ? item.carrier.map { Reference($0, article: item.article) } : nil,
          search: item.search.map(Search.init))
      }
      inspraak = OrNull(
        readiness.inspraak.map { regulation, inspraak in
          Inspraak(procedure: inspraak.procedure.rawValue, article: OrNull(inspraak.article), title: regulation.title)
        })
      adoptedBeforeNewText = readiness.adoptedBeforeNewText.map(\.title)
    }
  }
}
