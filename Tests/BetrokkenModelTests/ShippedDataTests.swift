import BetrokkenModel
import BetrokkenScreen
import Foundation
import Testing

@Suite struct ShippedDataTests {
  let data: DataSet = {
    let path = packageRoot + "/Data"
    return DataSet.load(directory: DataDirectory(path: path, shipped: path), asOf: testAsOf)
  }()
  /// The same data on the day the guide appeared: every municipality with the guide's record.
  var guide: DataSet { data.asOf(CalendarDate(year: 2015, month: 9, day: 30)!) }

  @Test func registryHasAll342MunicipalitiesWithSymmetricNeighbours() {
    let all = data.registry.municipalities
    #expect(all.count == 342)
    #expect(Set(all.map(\.code)).count == 342)
    #expect(all.reduce(0) { $0 + $1.population } == 18_130_231)
    for m in all {
      for n in m.neighbours {
        #expect(data.registry[n]?.neighbours.contains(m.code) == true, "\(m.code) ~ \(n)")
      }
    }
    #expect(data.registry["GM0820"]?.name == "Nuenen, Gerwen en Nederwetten", "quoted CSV field with commas")
  }

  @Test func everyGuideMunicipalityHasAValidProfile() {
    #expect(data.diagnostics.isEmpty, "\(data.diagnostics.map(DiagnosticWords.line))")
    let names = Set(data.profiles.map(\.name))
    for name in [
      "Hellendoorn", "Zaanstad", "Almere", "Leeuwarden", "Raalte", "Heerenveen", "Peel en Maas", "Schiedam",
      "Bergen op Zoom", "Amersfoort", "Groningen", "Waddinxveen", "Assen", "Tilburg", "Hardinxveld-Giessendam",
      "Stichtse Vecht", "Harderwijk", "Zutphen", "Apeldoorn", "Deventer", "Nijmegen",
    ] {
      #expect(names.contains(name), "\(name)")
    }
    for profile in data.profiles {
      #expect(data.registry[profile.code]?.name == profile.name)
      #expect(profile.fileFormatVersion == 2)
      // The guide's record, dated the day it appeared, and one from the regulations read on 2026-11-29.
      #expect(profile.records.map(\.id.description) == ["2015-09-30", "2026-11-29"])
      let record = profile.records[0]
      // The guide first; the three municipalities whose borders changed also cite the parliamentary papers.
      #expect(record.sources.first?.id == Source.guideID)
      #expect(record.sources.first?.published == "2015-09-30")
      #expect(record.sources.count == 1 + record.boundaryChanges.count)
      // Nothing the guide does not say: it never describes a regulation, nor says a list is complete.
      #expect(record.regulations.isEmpty)
      #expect(record.regulationLists == RegulationLists())
      #expect(record.formsComplete.isUnknown)
    }
  }

  @Test func stedenvierkantIsOneSharedBodyOfFourMembers() throws {
    let members = ["GM0150", "GM0200", "GM0243", "GM0301"]
    let body = try #require(guide.body(withID: "stedenvierkant"))
    #expect(body.memberCodes(on: guide.asOf) == members)
    #expect(body.form.rung == .unknown, "a delegation 'kan gaan nemen' a seat: a possibility, no rung")
    for code in members {
      let situation = try #require(guide.situation(code: code))
      #expect(situation.record?.sharedBodies.map(\.bodyID) == ["stedenvierkant"])
      #expect(situation.record?.forms.contains { $0.id == "stedenvierkant" } == false, "defined once, not copied")
      let form = try #require(situation.forms.first { $0.sharedBodyID == "stedenvierkant" })
      #expect(form.scale == .known(.regional))
      #expect(form.memberMunicipalities == .known(members))
    }
  }

  @Test func everyShippedFactHasASourceAndASection() throws {
    for profile in data.profiles {
      for record in profile.records {
        let sources = Set(record.sources.map(\.id))
        var citations: [Citation] =
          record.forms.map(\.citation) + record.regulations.map(\.citation)
          + record.sharedBodies.map(\.citation) + record.boundaryChanges.map(\.citation)
        let c = record.choices
        citations += [
          c.motives.citation, c.citizenMotives.citation, c.direction.citation, c.existingStructures.citation,
          c.perspectives.citation, c.topics.citation, c.inputKinds.citation, c.agendaSetting.citation,
          c.facilitation.citation, c.organisation.citation, c.regionalPolicy.citation, c.notes.citation,
        ].compactMap { $0 }
        for form in record.forms {
          for provenance in form.provenance.values {
            switch provenance {
            case .cited(let citation, _): citations.append(citation)
            case .disputed(let values): citations += values.map(\.citation)
            }
          }
        }
        for citation in citations {
          #expect(sources.contains(citation.sourceID), "\(profile.code): \(citation.sourceID)")
          // Regulations and the boundary-change sources are whole documents; guide facts name their section.
          if citation.sourceID == Source.guideID {
            #expect(citation.section != nil, "\(profile.code): a guide fact without a section")
          }
        }
      }
    }
    for body in data.bodies {
      #expect(body.form.citation.section != nil)
      #expect(body.members.allSatisfy { $0.citation.section != nil })
    }
  }

  @Test func theGuidesWordsDecide() throws {
    // Aims are plans, estimates are estimates, disagreement is kept (issue 10's list, spot-checked).
    let groningen = try #require(guide.situation(code: "GM0014"))
    #expect(groningen.forms.first { $0.id == "stadspanel" }?.status == .known(.planned))
    let peel = try #require(guide.situation(code: "GM1894"))
    #expect(peel.forms.first { $0.id == "sociale-raad" }?.dispute(.rung)?.map(\.citation.section) == ["3.3", "4.2"])
    let bergen = try #require(guide.situation(code: "GM0748"))
    #expect(bergen.forms.contains { $0.isApproximate(.members) && $0.members == .known(1200) })
    #expect(try #require(guide.situation(code: "GM0307")).forms.first { $0.id == "g1000" }?.rung == .unknown)
    #expect(try #require(guide.situation(code: "GM0606")).forms.allSatisfy { $0.id != "informatieplatform" })
    for (code, year) in [("GM0080", 2018), ("GM0014", 2019), ("GM0855", 2021)] {
      #expect(try #require(guide.situation(code: code)).record?.boundaryChanges.map(\.date.year) == [year], "\(code)")
    }
  }

  @Test func peelEnMaasHasFourFormsAndTheSortitionCouncil() throws {
    let profile = try #require(guide.situation(matching: "peel en maas"))
    #expect(profile.forms.count == 4)
    #expect(
      profile.forms.first { $0.id == "sociale-raad" }?.rung == .unknown, "disputed: advice (§3.3) or co-decision (§4.2)"
    )
    let council = try #require(profile.forms.first { $0.kind == .known(.sortitionCouncil) })
    #expect(council.members == .known(50))
    #expect(council.selection == .known(.lottery))
    #expect(council.setUpBy == .known(.council))
  }

  @Test func lookupIsCaseAndAccentInsensitive() {
    #expect(data.situation(matching: "PEEL EN MAAS")?.code == "GM1894")
    #expect(data.situation(matching: "gm1894")?.code == "GM1894")
    #expect(data.situation(matching: "Pèel en Maas")?.code == "GM1894")
    #expect(data.suggestions(for: "Amersfort") == ["Amersfoort"])
  }

  @Test func shippedProfilesAreCanonical() throws {
    // Load → save → the same bytes: one key order and layout, so version control shows small diffs.
    for profile in data.profiles {
      let text = try String(contentsOfFile: profile.file, encoding: .utf8)
      #expect(ProfileWriter.json(profile) == text, "\(profile.file): run betrokken migrate --canonical --data Data")
    }
  }

  @Test func perFactCitationsReachTheChecks() throws {
    // The Sociale Raad's members come from §4.2, its founder from §3.3: practice and evidence cite each fact.
    let peel = try #require(guide.situation(code: "GM1894"))
    let raad = try #require(peel.forms.first { $0.id == "sociale-raad" })
    #expect(raad.citation(for: .members).section == "4.2")
    #expect(raad.citation(for: .setUpBy).section == "3.3")
  }

  // Issue 12: the current records hold what the official texts said, and every verdict rests on a named article.

  /// Copies that state no in-force date (Data/README.md lists them); any other regulation must have one.
  static let copiesWithoutInForceDate: Set<String> = ["gmb-2017-224354", "gmb-2024-331497"]

  @Test func currentRecordsCiteTheirRegulations() throws {
    // The day the current records were made; a record dated later needs this date moved with it.
    let madeOn = testAsOf
    for profile in data.profiles {
      let current = try #require(profile.records.last)
      let sources = Dictionary(current.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      let newestRead = try #require(
        current.sources.compactMap(\.retrieved).max(), "\(profile.code): no source says when it was read")
      #expect(current.id >= newestRead, "\(profile.code): record dated before its sources were read")
      #expect(current.id <= madeOn, "\(profile.code): record dated after the day it was made")
      for source in current.sources {
        #expect(source.retrieved != nil && source.url != nil, "\(profile.code): \(source.id)")
      }
      for regulation in current.regulations {
        let label = "\(profile.code): \(regulation.id)"
        // An expired predecessor may be known by its URL only (Apeldoorn's Inspraakverordening 2006).
        #expect(regulation.identifier != nil || regulation.inForceUntil != nil, "\(label): no identifier")
        #expect(regulation.url != nil, "\(label): no URL")
        #expect(sources[regulation.citation.sourceID]?.retrieved != nil, "\(label): no read date")
        #expect(
          regulation.inForceFrom != nil || Self.copiesWithoutInForceDate.contains(regulation.identifier ?? ""),
          "\(label)")
      }
      // Searches: each record says what was looked for, and found ids are regulations of the record.
      #expect(Set(current.searches.flatMap(\.targets)) == Set(RegulationSearch.Target.allCases), "\(profile.code)")
    }
    let named = data.profiles.filter { profile in
      profile.records.last!.regulations.contains { $0.identifier != nil && !$0.isKnownOutOfForce(on: testAsOf) }
    }
    #expect(named.count >= 10, "at least ten guide municipalities name an identified regulation in force")
  }

  @Test func everyMetVerdictRestsOnANamedArticleOfANamedRegulation() {
    for date in ["2015-09-30", "2020-01-01", "2025-06-01", "2026-11-29", "2027-01-01"] {
      for situation in data.asOf(CalendarDate(date)!).situations {
        let checks = ProfileChecks(situation)
        for finding in checks.legal where finding.verdict == .met {
          let carrier = finding.carrier
          #expect(carrier?.regulation.identifier != nil && carrier?.regulation.url != nil, "\(situation.code) \(date)")
          #expect(carrier?.article.isEmpty == false, "\(situation.code) \(date): \(finding.law) \(finding.item)")
        }
        for item in checks.readiness.items where item.verdict == .met {
          #expect(
            item.carrier?.identifier != nil && item.carrier?.url != nil, "\(situation.code) \(date): \(item.item)")
          if item.item != .inForceByDeadline {
            #expect(item.article?.isEmpty == false, "\(situation.code) \(date): \(item.item)")
          }
        }
      }
    }
  }
}
