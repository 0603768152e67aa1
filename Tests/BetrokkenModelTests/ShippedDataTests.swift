import BetrokkenModel
import Foundation
import Testing

@Suite struct ShippedDataTests {
  let data: DataSet = {
    let path = packageRoot + "/Data"
    return DataSet.load(directory: DataDirectory(path: path, shipped: path), asOf: testAsOf)
  }()

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
    #expect(data.diagnostics.isEmpty, "\(data.diagnostics.map(\.rendered))")
    let names = Set(data.profiles.map(\.name))
    for name in ["Hellendoorn", "Zaanstad", "Almere", "Leeuwarden", "Raalte", "Heerenveen", "Peel en Maas", "Schiedam",
      "Bergen op Zoom", "Amersfoort", "Groningen", "Waddinxveen", "Assen", "Tilburg", "Hardinxveld-Giessendam",
      "Stichtse Vecht", "Harderwijk", "Zutphen", "Apeldoorn", "Deventer", "Nijmegen"]
    {
      #expect(names.contains(name), "\(name)")
    }
    for profile in data.profiles {
      #expect(data.registry[profile.code]?.name == profile.name)
      #expect(profile.fileFormatVersion == 2)
      // One record, the guide's, dated the day it appeared.
      #expect(profile.records.map(\.id.description) == ["2015-09-30"])
      let record = profile.records[0]
      #expect(record.sources.map(\.published) == ["2015-09-30"])
      // Nothing the guide does not say: it never describes a regulation, nor says a list is complete.
      #expect(record.regulations.isEmpty)
      #expect(record.regulationLists == RegulationLists())
      #expect(record.formsComplete.isUnknown)
    }
  }

  @Test func stedenvierkantIsOneRegionalFormInFourProfiles() throws {
    let members = ["GM0150", "GM0200", "GM0243", "GM0301"]
    var names = Set<String>()
    for code in members {
      let profile = try #require(data.situation(code: code))
      let form = try #require(profile.forms.first { $0.id == "stedenvierkant" })
      #expect(form.scale == .known(.regional))
      #expect(form.memberMunicipalities == .known(members))
      names.insert(form.name)
    }
    #expect(names.count == 1)
  }

  @Test func peelEnMaasHasFourFormsAndTheSortitionCouncil() throws {
    let profile = try #require(data.situation(matching: "peel en maas"))
    #expect(profile.forms.count == 4)
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
}
