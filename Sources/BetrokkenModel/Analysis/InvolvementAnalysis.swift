/// What a municipality's forms in place on its as-of date add up to along the ladder, the policy cycle and the scale levels.
/// Unknowns are counted apart: a form with an unknown rung is never placed on a rung. Planned forms are kept
/// apart (`formsNotInPlace`: planned, not yet started or ended on the date): shown, never counted as involvement.
public struct InvolvementAnalysis: Sendable {
  public let profile: Situation
  public let formsByRung: [Rung: [Form]]
  public let formsWithUnknownRung: [Form]
  /// For each phase and rung, the forms that reach that rung in that phase.
  public let matrix: [Phase: [Rung: [Form]]]
  /// For each phase, the forms active in it whose rung is unknown.
  public let unknownRungByPhase: [Phase: [Form]]
  public let formsWithUnknownPhases: [Form]
  public let formsByScale: [Scale: [Form]]
  public let formsWithUnknownScale: [Form]
  public let formsNotInPlace: [Form]

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

  public var highestRung: Rung? { profile.highestRung }

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
