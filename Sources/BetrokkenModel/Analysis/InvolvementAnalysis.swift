/// What a municipality's forms in place on its as-of date add up to along the ladder, the policy cycle and the scale levels.
/// Unknowns are counted apart: a form with an unknown rung is never placed on a rung. Planned forms are kept
/// apart (`formsNotInPlace`: planned, not yet started or ended on the date): shown, never counted as involvement.
public struct InvolvementAnalysis: Sendable {
  /// The municipality on its as-of date.
  public let profile: Situation
  /// The forms in place on each rung; forms of unknown rung are not here.
  public let formsByRung: [Rung: [Form]]
  /// Forms in place whose rung no source gives.
  public let formsWithUnknownRung: [Form]
  /// For each phase and rung, the forms that reach that rung in that phase.
  public let matrix: [Phase: [Rung: [Form]]]
  /// For each phase, the forms active in it whose rung is unknown.
  public let unknownRungByPhase: [Phase: [Form]]
  /// Forms in place whose phases no source gives.
  public let formsWithUnknownPhases: [Form]
  /// The forms in place at each scale level; forms of unknown scale are not here.
  public let formsByScale: [Scale: [Form]]
  /// Forms in place whose scale no source gives.
  public let formsWithUnknownScale: [Form]
  /// Forms that do not count on the date: planned, not yet started or ended.
  public let formsNotInPlace: [Form]

  /// Sorts the forms in place on the situation's date by rung, phase and scale.
  public init(_ profile: Situation) {
    self.profile = profile
    var byRung: [Rung: [Form]] = [:]
    var unknownRung: [Form] = []
    var matrix: [Phase: [Rung: [Form]]] = [:]
    var unknownRungByPhase: [Phase: [Form]] = [:]
    var unknownPhases: [Form] = []
    var byScale: [Scale: [Form]] = [:]
    var unknownScale: [Form] = []
    for form in profile.formsInPlace {
      switch form.rung {
      case .known(let rung): byRung[rung, default: []].append(form)
      case .unknown: unknownRung.append(form)
      }
      switch form.phases {
      case .known(let phases):
        for phase in phases {
          if let rung = form.rung.value {
            matrix[phase, default: [:]][rung, default: []].append(form)
          } else {
            unknownRungByPhase[phase, default: []].append(form)
          }
        }
      case .unknown: unknownPhases.append(form)
      }
      switch form.scale {
      case .known(let scale): byScale[scale, default: []].append(form)
      case .unknown: unknownScale.append(form)
      }
    }
    formsByRung = byRung
    formsWithUnknownRung = unknownRung
    self.matrix = matrix
    self.unknownRungByPhase = unknownRungByPhase
    formsWithUnknownPhases = unknownPhases
    formsByScale = byScale
    formsWithUnknownScale = unknownScale
    formsNotInPlace = profile.formsNotInPlace
  }

  /// The highest rung a form in place reaches; nil when none has a known rung.
  public var highestRung: Rung? { profile.highestRung }

  /// The forms in place that reach `rung` in `phase`; empty when none is known to.
  public func forms(in phase: Phase, at rung: Rung) -> [Form] {
    matrix[phase]?[rung] ?? []
  }

  /// Whether any form is known to act in this phase (at a known or unknown rung).
  public func isInvolved(in phase: Phase) -> Bool {
    !(matrix[phase]?.isEmpty ?? true) || !(unknownRungByPhase[phase]?.isEmpty ?? true)
  }

  /// A phase is known to lack involvement only when the forms list is stated complete and every form's phases are
  /// known. Otherwise a phase without known forms is "unknown", not "none".
  public func phaseStatus(_ phase: Phase) -> PhaseStatus {
    if isInvolved(in: phase) { return .involved }
    // "None" rests on the absence of a form in that phase: only a forms list stated complete can show it.
    let complete = profile.record?.formsListComplete ?? false
    return complete && formsWithUnknownPhases.isEmpty && !profile.formsInPlace.isEmpty ? .none : .unknown
  }

  /// Whether a phase has involvement, is known to have none, or cannot be told.
  public enum PhaseStatus: Sendable, Equatable {
    case involved
    case none
    case unknown
  }

  /// The other members of a regional form, by code.
  public func partners(of form: Form) -> [String] {
    (form.memberMunicipalities.value ?? []).filter { $0 != profile.code }
  }
}

extension InvolvementAnalysis {
  /// The forms as the ladder pane lists them: highest rung first, then unknown rung, then planned forms.
  public var formsInLadderOrder: [Form] {
    Rung.allCases.reversed().flatMap { formsByRung[$0] ?? [] } + formsWithUnknownRung + formsNotInPlace
  }
}
