import BetrokkenModel

/// `betrokken history --format json`: the records with their layer, sources and forms in place, and per
/// consecutive pair how many things changed. Stable keys, no sentences.
struct HistoryJSON: Encodable {
  let code: String
  let name: String
  let records: [Record]
  let changes: [Change]

  struct Record: Encodable {
    let id: String
    let layer: OrNull<String>
    let sources: [Source]
    let formsInPlace: Int
  }

  struct Source: Encodable {
    let id: String
    let title: String
    let url: OrNull<String>
  }

  /// What changed from one record to the next, counted.
  struct Change: Encodable {
    let from: String
    let to: String
    let counts: [String: Int]
    let verdictsChanged: Int
    let readiness: DiffJSON.FromTo

    init(_ diff: RecordDiff) {
      var counts: [String: Int] = [:]
      for change in diff.forms {
        let key: String =
          switch change {
          case .added: "formsAdded"
          case .ended: "formsEnded"
          case .renamed: "formsRenamed"
          case .replaced: "formsReplaced"
          case .moved: "formsChanged"
          }
        counts[key, default: 0] += 1
      }
      for change in diff.regulations {
        let key: String =
          switch change {
          case .adopted: "regulationsAdopted"
          case .withdrawn: "regulationsWithdrawn"
          case .changed: "regulationsChanged"
          }
        counts[key, default: 0] += 1
      }
      from = diff.from.id.description
      to = diff.to.id.description
      self.counts = counts
      verdictsChanged = diff.verdicts.count
      readiness = DiffJSON.FromTo(from: diff.readiness.from.rawValue, to: diff.readiness.to.rawValue)
    }
  }

  init(_ profile: Profile, formsInPlace: (BetrokkenModel.Record) -> Int, changes: [RecordDiff]) {
    code = profile.code
    name = profile.name
    records = profile.records.map { record in
      Record(
        id: record.id.description, layer: OrNull(record.origin?.layer.kind.rawValue),
        sources: record.sources.map { Source(id: $0.id, title: $0.title, url: OrNull($0.url)) },
        formsInPlace: formsInPlace(record))
    }
    self.changes = changes.map(Change.init)
  }
}
