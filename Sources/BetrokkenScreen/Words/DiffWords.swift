import BetrokkenModel

/// What changed between two records, in the words a council member would use.
public enum DiffWords {
  /// One line: "2 vormen erbij, 1 vervangen; 1 regeling vastgesteld; 5 wettelijke onderdelen anders", or "geen verschil".
  public static func summary(_ diff: RecordDiff) -> String {
    var formParts: [String] = []
    func count(_ n: Int, _ one: String, _ many: String) { if n > 0 { formParts.append(Dutch.count(n, one, many)) } }
    var added = 0, ended = 0, renamed = 0, moved = 0
    var successions: [String] = []
    for change in diff.forms {
      switch change {
      case .added: added += 1
      case .ended: ended += 1
      case .renamed: renamed += 1
      case .replaced(let old, _): successions.append("\(Dutch.count(old.count, "vorm", "vormen")) opgevolgd door 1")
      case .moved: moved += 1
      }
    }
    count(added, "vorm erbij", "vormen erbij")
    count(ended, "vorm beëindigd", "vormen beëindigd")
    formParts += successions
    count(renamed, "vorm hernoemd", "vormen hernoemd")
    count(moved, "vorm veranderd", "vormen veranderd")
    var parts = formParts.isEmpty ? [] : [formParts.joined(separator: ", ")]
    var adopted = 0, withdrawn = 0, changed = 0
    for change in diff.regulations {
      switch change {
      case .adopted: adopted += 1
      case .withdrawn: withdrawn += 1
      case .changed: changed += 1
      }
    }
    var regulationParts: [String] = []
    if adopted > 0 { regulationParts.append(Dutch.count(adopted, "regeling vastgesteld", "regelingen vastgesteld")) }
    if withdrawn > 0 { regulationParts.append(Dutch.count(withdrawn, "regeling vervallen", "regelingen vervallen")) }
    if changed > 0 { regulationParts.append(Dutch.count(changed, "regeling gewijzigd", "regelingen gewijzigd")) }
    if !regulationParts.isEmpty { parts.append(regulationParts.joined(separator: ", ")) }
    if !diff.verdicts.isEmpty {
      parts.append(Dutch.count(diff.verdicts.count, "wettelijk onderdeel anders beoordeeld", "wettelijke onderdelen anders beoordeeld"))
    }
    if diff.readiness.from != diff.readiness.to {
      parts.append("participatieverordening: \(CheckWords.readinessOverall(diff.readiness.from)) → \(CheckWords.readinessOverall(diff.readiness.to))")
    }
    return parts.isEmpty ? "geen verschil" : parts.joined(separator: "; ")
  }

  /// One line per change, with a sign: + new, − gone, ⇒ succeeded, ~ renamed or changed.
  public static func lines(_ diff: RecordDiff) -> [(sign: String, text: String)] {
    var lines: [(String, String)] = []
    for change in diff.forms {
      switch change {
      case .added(let form): lines.append(("+", "\(form.name): nieuw\(rungSuffix(form))"))
      case .ended(let form): lines.append(("−", "\(form.name): niet meer (beëindigd of niet meer genoemd)"))
      case .renamed(let from, let to): lines.append(("~", "\(from.name) heet nu \(to.name)"))
      case .replaced(let old, let form):
        lines.append(("⇒", "\(joined(old.map(\.name))) \(old.count == 1 ? "is" : "zijn") opgevolgd door \(form.name)\(rungSuffix(form))"))
      case .moved(let form, let aspects):
        lines.append(("~", "\(form.name): " + aspects.map(aspect).joined(separator: "; ")))
      }
    }
    for change in diff.regulations {
      switch change {
      case .adopted(let r): lines.append(("+", "\(CitationWords.regulation(r)): vastgesteld\(r.inForceFrom.map { ", van kracht vanaf \($0)" } ?? "")"))
      case .withdrawn(let r): lines.append(("−", "\(CitationWords.regulation(r)): vervallen\(r.inForceUntil.map { " na \($0)" } ?? "")"))
      case .changed(_, let r, let aspects):
        lines.append(("~", "\(CitationWords.regulation(r)): gewijzigd (" + aspects.map(regulationAspect).joined(separator: ", ") + ")"))
      }
    }
    for change in diff.verdicts {
      lines.append(("~", "\(change.law.label) \(CheckWords.itemLabel(change.item, law: change.law)) \(change.item.summary): "
        + "\(CheckWords.verdict(change.from)) → \(CheckWords.verdict(change.to))"))
    }
    if diff.readiness.from != diff.readiness.to {
      lines.append(("~", "participatieverordening: \(CheckWords.readinessOverall(diff.readiness.from)) → \(CheckWords.readinessOverall(diff.readiness.to))"))
    }
    return lines
  }

  static func rungSuffix(_ form: Form) -> String { form.rung.value.map { " (\($0.label))" } ?? "" }

  static func joined(_ names: [String]) -> String {
    names.count > 1 ? names.dropLast().joined(separator: ", ") + " en " + names.last! : names.joined()
  }

  static func aspect(_ aspect: RecordDiff.FormAspect) -> String {
    func phases(_ p: KeySet<Phase>?) -> String { p.map { $0.isEmpty ? "geen" : $0.map(\.label).joined(separator: ", ") } ?? "?" }
    switch aspect {
    case .rung(let a, let b): return "trede \(a?.label ?? "?") → \(b?.label ?? "?")"
    case .phases(let a, let b): return "fasen \(phases(a)) → \(phases(b))"
    case .scale(let a, let b): return "schaal \(a?.label ?? "?") → \(b?.label ?? "?")"
    case .standing(let a, let b): return "\(FormWords.standing(a)) → \(FormWords.standing(b))"
    }
  }

  static func regulationAspect(_ aspect: RecordDiff.RegulationAspect) -> String {
    switch aspect {
    case .identifier: "kenmerk of versie"
    case .dates: "data"
    case .scope: "reikwijdte"
    case .legalItems: "wettelijke onderdelen"
    case .participationItems: "onderdelen van de participatieverordening"
    case .kind: "soort of vaststeller"
    case .readWhole: "helemaal gelezen"
    }
  }
}
