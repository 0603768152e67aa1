import BetrokkenModel
import Foundation

/// Writes N synthetic profiles and a matching synthetic register into a directory. Every name says
/// "Synthetisch": this data exists only to measure speed and is never shipped.
enum SyntheticData {
  /// `alter` changes each profile's text before it is written (to plant mistakes).
  static func write(count: Int, to directory: String, alter: (String) -> String = { $0 }) throws -> Int {
    precondition(count <= 10_000, "codes are GM + 4 digits: at most 10,000 municipalities")
    let fm = FileManager.default
    try fm.createDirectory(atPath: directory + "/profiles", withIntermediateDirectories: true)
    var csv = "code,name,province,population,area_km2,neighbours\n"
    let provinces = [
      "Groningen", "Fryslân", "Drenthe", "Overijssel", "Gelderland", "Utrecht", "Noord-Holland",
      "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg", "Flevoland",
    ]
    func code(_ i: Int) -> String { "GM" + String(format: "%04d", i % 10_000) }
    for i in 0..<count {
      let neighbours = [code((i + 1) % count), code((i + count - 1) % count)].joined(separator: ";")
      csv +=
        "\(code(i)),Synthetische gemeente \(i),\(provinces[i % provinces.count]),\(10_000 + i * 37),\(50 + i % 200).5,\(neighbours)\n"
    }
    try Data(csv.utf8).write(to: URL(fileURLWithPath: directory + "/municipalities.csv"))
    var bytes = 0
    for i in 0..<count {
      let text = alter(profile(code: code(i), index: i, partner: code((i + 1) % count)))
      bytes += text.utf8.count
      try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/profiles/\(code(i)).json"))
    }
    return bytes
  }

  /// A profile as rich as a real one with a 2026 record: the guide's 2015 record as rich as the richest shipped
  /// profile (ten known choices, four forms), and a 2026 record from regulations: three regulations with article
  /// maps (an ordinance, further rules it delegates, a participatieverordening), two dated forms, three known
  /// choices and completeness statements.
  static func profile(code: String, index i: Int, partner: String) -> String {
    let rungs = Rung.allKeys
    let phases = Phase.allKeys
    func form(_ n: Int, record r: Int) -> String {
      // The regional form is one shared body with the same name everywhere, as real shared bodies are.
      let scale = n == 3 ? "regional" : (n == 0 ? "neighbourhood" : "local")
      let members = n == 3 ? "[\"\(code)\", \"\(partner)\"]" : "null"
      return """
                {
                  "id": "synthetische-vorm-\(n)",
                  "name": "\(n == 3 ? "Synthetisch regionaal overleg" : "Synthetische vorm \(n) van gemeente \(i)")",
                  "kind": "advisoryCouncil",
                  "status": "\(n == 2 && r == 1 ? "ended" : "existing")",
                  "from": "20\(15 + n)-01-01",
                  "until": \(n == 1 && r == 1 ? "\"2025-12-31\"" : "null"),
                  "structure": "\(n % 2 == 0 ? "fixed" : "flexible")",
                  "contact": "indirect",
                  "scale": "\(scale)",
                  "rung": "\(rungs[(i + n + r) % rungs.count])",
                  "phases": ["\(phases[n % phases.count])", "\(phases[(n + 2) % phases.count])"],
                  "laws": ["wmo2015", "youthAct"],
                  "themes": ["mantelzorg", "schuldhulp"],
                  "perspectives": ["client"],
                  "inputKinds": ["experientialKnowledge"],
                  "setUpBy": "executive",
                  "advises": ["executive", "council"],
                  "members": \(8 + n),
                  "selection": "appointed",
                  "legalForm": null,
                  "resultsAgreement": true,
                  "rankAndFileLink": null,
                  "memberMunicipalities": \(members),
                  "replaces": null,
                  "source": "synthetisch",
                  "section": "\(n + 1).\(i % 5)"
                }
        """
    }
    func fact(_ value: String, _ section: String) -> String {
      "{\"value\": \(value), \"source\": \"synthetisch\", \"section\": \"\(section)\"}"
    }
    let regulations = """
              {
                "id": "synthetische-verordening", "kind": "ordinance", "adoptedBy": "council",
                "title": "Synthetische verordening cliëntparticipatie \(i)", "identifier": "SYNTH\(i)/1", "url": null,
                "adopted": "2022-12-15", "inForceFrom": "2023-01-01", "inForceUntil": null,
                "legalBases": ["Gemeentewet 147", "Wmo 2015 2.1.3", "Jeugdwet 2.10", "Participatiewet 47"],
                "scope": ["wmo2015", "youthAct", "participationAct"], "readWhole": true, "delegatedBy": null,
                "legalItems": {"a": "art. 3", "b": "art. 4 lid 1", "d": "art. 6", "e": "art. 6 lid 3", "f": "art. 7"},
                "participationItems": {}, "inspraak": null, "source": "synthetisch", "section": null
              },
              {
                "id": "synthetische-nadere-regels", "kind": "furtherRules", "adoptedBy": "executive",
                "title": "Synthetische nadere regels \(i)", "identifier": "SYNTH\(i)/2", "url": null,
                "adopted": "2023-02-01", "inForceFrom": "2023-03-01", "inForceUntil": null, "legalBases": null,
                "scope": ["wmo2015", "youthAct", "participationAct"], "readWhole": true,
                "delegatedBy": {"regulation": "synthetische-verordening", "article": "art. 9"},
                "legalItems": {"c": "art. 2"}, "participationItems": {}, "inspraak": null,
                "source": "synthetisch", "section": null
              },
              {
                "id": "synthetische-participatieverordening", "kind": "ordinance", "adoptedBy": "council",
                "title": "Synthetische participatieverordening \(i)", "identifier": "SYNTH\(i)/3", "url": null,
                "adopted": "2026-06-25", "inForceFrom": "2027-01-01", "inForceUntil": null,
                "legalBases": ["Gemeentewet 150"], "scope": [], "readWhole": \(i % 2 == 0 ? "true" : "false"),
                "delegatedBy": null, "legalItems": {},
                "participationItems": {"preparation": "art. 3", "implementation": "art. 4", "evaluation": "art. 5", "challengeRight": "art. 8"},
                "inspraak": {"procedure": "awb34", "article": "art. 6"}, "source": "synthetisch", "section": null
              }
      """
    func choices2026() -> String {
      """
              "motives": null, "citizenMotives": null, "direction": null, "existingStructures": null,
              "perspectives": null,
              "topics": \(fact("[\"integral\"]", "art. 2")),
              "inputKinds": null,
              "agendaSetting": \(fact("\"citizensToo\"", "art. 6 lid 3")),
              "facilitation": \(fact("[\"meetingRoom\", \"allowances\"]", "art. 2")),
              "organisation": null, "regionalPolicy": null, "notes": null
      """
    }
    func choices2015() -> String {
      """
              "motives": \(fact("[\"quality\", \"support\"]", "1.1")),
              "citizenMotives": null,
              "direction": \(fact("[\"bottomUp\"]", "2.1")),
              "existingStructures": \(fact("\"buildOn\"", "2.2")),
              "perspectives": \(fact("[\"citizen\", \"client\"]", "3.1")),
              "topics": \(fact("[\"integral\"]", "3.2")),
              "inputKinds": null,
              "agendaSetting": \(fact("\"citizensToo\"", "4.1")),
              "facilitation": \(fact("[\"meetingRoom\", \"allowances\", \"training\"]", "4.4")),
              "organisation": null,
              "regionalPolicy": \(fact("[\"youthAct\"]", "5.3")),
              "notes": \(fact("\"Synthetische toelichting met ë, é en ü voor gemeente \(i).\"", "1"))
      """
    }
    func record(_ r: Int) -> String {
      """
          {
            "id": "\(r == 0 ? "2015-09-30" : "2026-11-29")",
            "sources": [
              {"id": "synthetisch", "title": "Synthetische gegevens voor metingen (geen echte bron)", "publisher": null,
               "published": null, "retrieved": null, "url": null}
            ],
            "choices": {
      \(r == 0 ? choices2015() : choices2026())
            },
            "regulations": [
      \(r == 0 ? "" : regulations)
            ],
            "regulationLists": {
              "wmo2015": \(r == 0 ? "null" : fact("\"complete\"", "art. 1")),
              "youthAct": null, "participationAct": null,
              "participationOrdinance": \(r == 0 ? "null" : fact("\"complete\"", "art. 1"))
            },
            "formsComplete": null,
            "sharedBodies": [],
            "boundaryChanges": [],
            "forms": [
      \((r == 0 ? Array(0..<4) : [0, 2]).map { form($0, record: r) }.joined(separator: ",\n"))
            ]
          }
      """
    }
    return """
      {
        "formatVersion": 2,
        "code": "\(code)",
        "name": "Synthetische gemeente \(i)",
        "records": [
      \(record(0)),
      \(record(1))
        ]
      }

      """
  }
}
