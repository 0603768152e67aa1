import BetrokkenModel

/// What changed between two records, in the words a council member would use.
public enum DiffWords {
  /// One line: "2 vormen erbij, 1 vervangen; 1 regeling vastgesteld; 5 wettelijke onderdelen anders", or "geen verschil".
  public static func summary(_ diff: RecordDiff) -> String {
    var formParts: [String] = []
    func count(_ n: Int, _ key: String) { if n > 0 { formParts.append(Strings.count(n, key)) } }
    var added = 0
    var ended = 0
    var renamed = 0
    var moved = 0
    var successions: [String] = []
    for change in diff.forms {
      switch change {
      case .added: added += 1
      case .ended: ended += 1
      case .renamed: renamed += 1
      case .replaced(let old, _):
        successions.append(Strings.text("reports.diff.succeeded", Strings.count(old.count, "reports.diff.form")))
      case .moved: moved += 1
      }
    }
    count(added, "reports.diff.formsAdded")
    count(ended, "reports.diff.formsEnded")
    formParts += successions
    count(renamed, "reports.diff.formsRenamed")
    count(moved, "reports.diff.formsChanged")
    var parts = formParts.isEmpty ? [] : [formParts.joined(separator: ", ")]
    var adopted = 0
    var withdrawn = 0
    var changed = 0
    for change in diff.regulations {
      switch change {
      case .adopted: adopted += 1
      case .withdrawn: withdrawn += 1
      case .changed: changed += 1
      }
    }
    var regulationParts: [String] = []
    if adopted > 0 { regulationParts.append(Strings.count(adopted, "reports.diff.regulationsAdopted")) }
    if withdrawn > 0 { regulationParts.append(Strings.count(withdrawn, "reports.diff.regulationsWithdrawn")) }
    if changed > 0 { regulationParts.append(Strings.count(changed, "reports.diff.regulationsChanged")) }
    if !regulationParts.isEmpty { parts.append(regulationParts.joined(separator: ", ")) }
    if !diff.verdicts.isEmpty {
      parts.append(Strings.count(diff.verdicts.count, "reports.diff.verdictsChanged"))
    }
    if diff.readiness.from != diff.readiness.to {
      parts.append(
        Strings.text(
          "reports.diff.readiness", CheckWords.readinessOverall(diff.readiness.from),
          CheckWords.readinessOverall(diff.readiness.to)))
    }
    return parts.isEmpty ? Strings.text("reports.diff.noDifference") : parts.joined(separator: "; ")
  }

  /// One line per change, with a sign: + new, − gone, ⇒ succeeded, ~ renamed or changed.
  public static func lines(_ diff: RecordDiff) -> [(sign: String, text: String)] {
    var lines: [(String, String)] = []
    for change in diff.forms {
      switch change {
      case .added(let form): lines.append(("+", Strings.text("reports.diff.added", form.name, rungSuffix(form))))
      case .ended(let form): lines.append(("−", Strings.text("reports.diff.ended", form.name)))
      case .renamed(let from, let to): lines.append(("~", Strings.text("reports.diff.renamed", from.name, to.name)))
      case .replaced(let old, let form):
        lines.append(
          (
            "⇒",
            Strings.text(
              old.count == 1 ? "reports.diff.replacedOne" : "reports.diff.replacedMany",
              joined(old.map(\.name)), form.name, rungSuffix(form))
          ))
      case .moved(let form, let aspects):
        lines.append(("~", "\(form.name): " + aspects.map(aspect).joined(separator: "; ")))
      }
    }
    for change in diff.regulations {
      switch change {
      case .adopted(let r):
        lines.append(
          (
            "+",
            Strings.text(
              "reports.diff.adopted", CitationWords.regulation(r),
              r.inForceFrom.map { Strings.text("reports.diff.inForceFrom", DateWords.long($0)) } ?? "")
          ))
      case .withdrawn(let r):
        lines.append(
          (
            "−",
            Strings.text(
              "reports.diff.withdrawn", CitationWords.regulation(r),
              r.inForceUntil.map { Strings.text("reports.diff.after", DateWords.long($0)) } ?? "")
          ))
      case .changed(_, let r, let aspects):
        lines.append(
          (
            "~",
            Strings.text(
              "reports.diff.changed", CitationWords.regulation(r), aspects.map(regulationAspect).joined(separator: ", ")
            )
          ))
      }
    }
    for change in diff.verdicts {
      lines.append(
        (
          "~",
          "\(change.law.label) \(CheckWords.itemLabel(change.item, law: change.law)) \(change.item.summary): "
            + "\(CheckWords.verdict(change.from)) → \(CheckWords.verdict(change.to))"
        ))
    }
    if diff.readiness.from != diff.readiness.to {
      lines.append(
        (
          "~",
          Strings.text(
            "reports.diff.readiness", CheckWords.readinessOverall(diff.readiness.from),
            CheckWords.readinessOverall(diff.readiness.to))
        ))
    }
    return lines
  }

  static func rungSuffix(_ form: Form) -> String { form.rung.value.map { " (\($0.label))" } ?? "" }

  static func joined(_ names: [String]) -> String {
    names.count > 1
      ? Strings.text("reports.diff.namesAnd", names.dropLast().joined(separator: ", "), names.last!) : names.joined()
  }

  static func aspect(_ aspect: RecordDiff.FormAspect) -> String {
    func phases(_ p: KeySet<Phase>?) -> String {
      p.map { $0.isEmpty ? Strings.text("reports.none") : $0.map(\.label).joined(separator: ", ") } ?? "?"
    }
    switch aspect {
    case .rung(let a, let b): return Strings.text("reports.diff.rung", a?.label ?? "?", b?.label ?? "?")
    case .phases(let a, let b): return Strings.text("reports.diff.phases", phases(a), phases(b))
    case .scale(let a, let b): return Strings.text("reports.diff.scale", a?.label ?? "?", b?.label ?? "?")
    case .standing(let a, let b): return "\(FormWords.standing(a)) → \(FormWords.standing(b))"
    }
  }

  static func regulationAspect(_ aspect: RecordDiff.RegulationAspect) -> String {
    switch aspect {
    case .identifier: Strings.text("reports.diff.aspect.identifier")
    case .dates: Strings.text("reports.diff.aspect.dates")
    case .scope: Strings.text("reports.diff.aspect.scope")
    case .legalItems: Strings.text("reports.diff.aspect.legalItems")
    case .participationItems: Strings.text("reports.diff.aspect.participationItems")
    case .kind: Strings.text("reports.diff.aspect.kind")
    case .readWhole: Strings.text("reports.diff.aspect.readWhole")
    }
  }
}
