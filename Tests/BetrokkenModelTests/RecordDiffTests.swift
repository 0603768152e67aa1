import Testing

@testable import BetrokkenModel

/// Three records of one municipality, with every kind of change between them.
@Suite struct RecordDiffTests {
  static let cite = Citation(sourceID: "s", section: "1")

  func form(
    _ id: String, _ name: String, rung: Rung, scale: Scale = .local, phases: [Phase] = [.formulation],
    until: String? = nil, replaces: [String]? = nil
  ) -> Form {
    var f = Form(id: id, name: name, citation: Self.cite)
    f.status = .known(.existing)
    f.rung = .known(rung)
    f.scale = .known(scale)
    f.phases = .known(KeySet(phases))
    f.laws = .known([.wmo2015])
    f.until = until.map(date)
    f.replaces = replaces.map { .known($0) } ?? .unknown
    return f
  }

  func record(_ id: String, _ forms: [Form], _ regulations: [Regulation] = []) -> Record {
    Record(
      id: date(id), sources: [Source(id: "s", title: "Bron", publisher: nil, published: nil, url: nil)],
      regulations: regulations, forms: forms)
  }

  var ordinance: Regulation {
    var r = Regulation(id: "verordening", title: "Verordening adviesraad", readWhole: true, citation: Self.cite)
    r.kind = .known(.ordinance)
    r.adoptedBy = .known(.council)
    r.identifier = "CVDR1/1"
    r.inForceFrom = date("2022-01-01")
    r.scope = .known([.wmo2015, .youthAct, .participationAct])
    r.legalItems = [.b: "art. 4"]
    return r
  }

  var profile: Profile {
    let first = record(
      "2015-09-30",
      [
        form("wmo-raad", "Wmo-raad", rung: .advise),
        form("clientenraad", "Cliëntenraad", rung: .consult),
        form("panel", "Burgerpanel", rung: .inform),
        form("wijkteam", "Wijkteam", rung: .consult, scale: .neighbourhood),
      ])
    let second = record(
      "2020-06-01",
      [
        form("wmo-raad", "Wmo-adviesraad", rung: .coproduce, phases: [.formulation, .implementation]),
        form("clientenraad", "Cliëntenraad", rung: .consult),
        form("panel", "Burgerpanel", rung: .inform, until: "2019-12-31"),
        form("wijkteam", "Wijkteam", rung: .consult, scale: .local),
      ])
    var changed = ordinance
    changed.identifier = "CVDR1/2"
    changed.legalItems = [.b: "art. 4", .d: "art. 6"]
    let third = record(
      "2026-11-29",
      [
        form(
          "adviesraad-sociaal-domein", "Adviesraad Sociaal Domein", rung: .advise,
          replaces: ["wmo-raad", "clientenraad"]),
        form("themacafe", "Themacafé", rung: .consult),
      ], [changed])
    return Profile(code: "GM0001", name: "Test", records: [first, second, third], file: "x")
  }

  @Test func renamedMovedAndEnded() {
    let p = profile
    let diff = RecordDiff(p, from: p.records[0], to: p.records[1])
    #expect(diff.forms.contains(.renamed(from: p.records[0].forms[0], to: p.records[1].forms[0])))
    let moved = diff.forms.compactMap { change -> (String, [RecordDiff.FormAspect])? in
      if case .moved(let f, let aspects) = change { return (f.id, aspects) }
      return nil
    }
    #expect(
      moved.first { $0.0 == "wmo-raad" }?.1 == [
        .rung(.advise, .coproduce), .phases([.formulation], [.formulation, .implementation]),
      ])
    #expect(moved.first { $0.0 == "wijkteam" }?.1 == [.scale(.neighbourhood, .local)])
    #expect(diff.forms.contains { if case .ended(let f) = $0 { f.id == "panel" } else { false } }, "ended by its until")
    #expect(diff.regulations.isEmpty)
  }

  @Test func replacedIsToldApartFromEndedAndAdded() {
    let p = profile
    let diff = RecordDiff(p, from: p.records[1], to: p.records[2])
    let replaced = diff.forms.compactMap { change -> ([String], String)? in
      if case .replaced(let old, let by) = change { return (old.map(\.id), by.id) }
      return nil
    }
    #expect(replaced.count == 1)
    #expect(replaced.first?.0 == ["wmo-raad", "clientenraad"])
    #expect(replaced.first?.1 == "adviesraad-sociaal-domein")
    let added = diff.forms.compactMap { if case .added(let f) = $0 { f.id } else { nil } }
    let ended = diff.forms.compactMap { if case .ended(let f) = $0 { f.id } else { nil } }
    #expect(added == ["themacafe"])
    #expect(Set(ended) == ["panel", "wijkteam"], "the panel had already ended; the wijkteam is no longer named")
    #expect(!ended.contains("wmo-raad") && !ended.contains("clientenraad"))
  }

  @Test func regulationsAndVerdictsAtEachRecordsDate() {
    let p = profile
    let adopted = RecordDiff(p, from: p.records[1], to: p.records[2])
    #expect(adopted.regulations.map { if case .adopted(let r) = $0 { r.id } else { "" } } == ["verordening"])
    // Verdicts computed at each record's own date: (b) became met by the ordinance in 2026.
    #expect(adopted.verdicts.contains(RecordDiff.VerdictChange(law: .wmo2015, item: .b, from: .undecidable, to: .met)))
    #expect(adopted.verdicts.contains(RecordDiff.VerdictChange(law: .wmo2015, item: .d, from: .undecidable, to: .met)))
    #expect(adopted.readiness.from == .notApplicable && adopted.readiness.to == .undecidable)
    // A later record changes the ordinance: a new version and an item more.
    var later = p
    var next = p.records[2]
    next.id = date("2027-03-01")
    var version = next.regulations[0]
    version.identifier = "CVDR1/3"
    version.inForceUntil = date("2027-02-28")
    next.regulations = [version]
    later.records.append(next)
    let withdrawn = RecordDiff(later, from: later.records[2], to: later.records[3])
    #expect(withdrawn.regulations.map { if case .withdrawn(let r) = $0 { r.id } else { "" } } == ["verordening"])
    let none = RecordDiff(p, from: p.records[2], to: p.records[2])
    #expect(none.isEmpty)
  }
}
