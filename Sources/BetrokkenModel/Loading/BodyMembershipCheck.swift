/// Checks references between profiles and shared bodies on the as-of date, both ways. All are warnings: a
/// reference that cannot be resolved is left out, and the profile still loads.
enum BodyMembershipCheck {
  static func diagnostics(profiles: [Profile], bodies: [SharedBody], asOf: CalendarDate, bodiesLoaded: Bool)
    -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    let byID = Dictionary(bodies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for profile in profiles {
      guard let index = profile.records.lastIndex(where: { $0.id <= asOf }) else { continue }
      let record = profile.records[index]
      // In layered data each record names its own file; a lower layer's record is not in the profile's top file.
      for (i, reference) in record.sharedBodies.enumerated() {
        // Records are kept sorted by date, not in file order: name the record by its date.
        let path = "records (\(record.id)).sharedBodies[\(i)]"
        guard let body = byID[reference.bodyID] else {
          // One profile validated on its own never fails for a body it cannot see; it is only noted.
          diagnostics.append(
            Diagnostic(
              bodiesLoaded ? .warning : .note, file: record.origin?.file ?? profile.file, path: path,
              .unknownBody(reference.bodyID, bodiesLoaded: bodiesLoaded)))
          continue
        }
        if !body.isMember(profile.code, on: asOf) {
          diagnostics.append(
            Diagnostic(
              .warning, file: record.origin?.file ?? profile.file, path: path,
              .bodyDoesNotListMember(body: body.name, code: profile.code, asOf: asOf, bodyFile: body.file)))
        }
      }
    }
    // Members with a loaded profile that do not reference a body listing them.
    let profileByCode = Dictionary(profiles.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    for body in bodies {
      for code in body.memberCodes(on: asOf) {
        guard let profile = profileByCode[code], let record = profile.record(asOf: asOf) else { continue }
        // A record newer than everything the body's sources say (a 2026 record, a body known from 2015) cannot be
        // held to the body's member list: the sources do not say whether it still exists.
        if let newest = body.newestSourceDate, record.id > newest { continue }
        if !record.sharedBodies.contains(where: { $0.bodyID == body.id }) {
          diagnostics.append(
            Diagnostic(
              .warning, file: record.origin?.file ?? profile.file, path: "records (\(record.id)).sharedBodies",
              .memberDoesNotReferToBody(
                body: body.name, bodyFile: body.file, code: code, asOf: asOf, recordID: record.id)))
        }
      }
    }
    return diagnostics
  }
}
