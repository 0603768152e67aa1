import BetrokkenModel
import Foundation

/// Writes N synthetic profiles and a matching synthetic register into a directory. Every name says
/// "Synthetisch": this data exists only to measure speed and is never shipped.
enum SyntheticData {
  static func write(count: Int, to directory: String) throws -> Int {
    precondition(count <= 10_000, "codes are GM + 4 digits: at most 10,000 municipalities")
    let fm = FileManager.default
    try fm.createDirectory(atPath: directory + "/profiles", withIntermediateDirectories: true)
    var csv = "code,name,province,population,area_km2,neighbours\n"
    let provinces = ["Groningen", "Fryslân", "Drenthe", "Overijssel", "Gelderland", "Utrecht", "Noord-Holland",
      "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg", "Flevoland"]
    func code(_ i: Int) -> String { "GM" + String(format: "%04d", i % 10_000) }
    for i in 0..<count {
      let neighbours = [code((i + 1) % count), code((i + count - 1) % count)].joined(separator: ";")
      csv += "\(code(i)),Synthetische gemeente \(i),\(provinces[i % provinces.count]),\(10_000 + i * 37),\(50 + i % 200).5,\(neighbours)\n"
    }
    try Data(csv.utf8).write(to: URL(fileURLWithPath: directory + "/municipalities.csv"))
    var bytes = 0
    for i in 0..<count {
      let text = profile(code: code(i), index: i, partner: code((i + 1) % count))
      bytes += text.utf8.count
      try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/profiles/\(code(i)).json"))
    }
    return bytes
  }

  /// A profile about as rich as the richest real ones: several known choices and four forms.
  static func profile(code: String, index i: Int, partner: String) -> String {
    let rungs = Rung.allKeys
    let phases = Phase.allKeys
    func form(_ n: Int) -> String {
      let scale = n == 3 ? "regional" : (n == 0 ? "neighbourhood" : "local")
      let members = n == 3 ? "[\"\(code)\", \"\(partner)\"]" : "null"
      return """
          {
            "id": "synthetische-vorm-\(n)",
            "name": "Synthetische vorm \(n) van gemeente \(i)",
            "kind": "advisoryCouncil",
            "status": "existing",
            "structure": "\(n % 2 == 0 ? "fixed" : "flexible")",
            "contact": "indirect",
            "scale": "\(scale)",
            "rung": "\(rungs[(i + n) % rungs.count])",
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
            "source": "synthetisch",
            "section": "\(n + 1).\(i % 5)"
          }
      """
    }
    func fact(_ value: String, _ section: String) -> String {
      "{\"value\": \(value), \"source\": \"synthetisch\", \"section\": \"\(section)\"}"
    }
    let item = fact("true", "art. 3")
    return """
      {
        "formatVersion": 1,
        "code": "\(code)",
        "name": "Synthetische gemeente \(i)",
        "sources": [
          {"id": "synthetisch", "title": "Synthetische gegevens voor metingen (geen echte bron)", "publisher": null, "year": null, "url": null}
        ],
        "choices": {
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
        },
        "ordinance": {
          "wmo2015": {"a": \(item), "b": \(item), "c": null, "d": null, "e": null, "f": null},
          "youthAct": {"a": null, "b": null, "c": null, "d": null, "e": null, "f": null},
          "participationAct": {"b": \(item), "c": null, "d": null, "e": null, "f": null}
        },
        "forms": [
      \((0..<4).map(form).joined(separator: ",\n"))
        ]
      }

      """
  }
}
