/// The facts of a form, shared by the forms of a record and the shared bodies: each may be plain (cited by the
/// form), cited on its own, or disputed (see `CitedFieldReading`).
enum FormFieldsDecoder {
  /// `memberCodes`: whether `memberMunicipalities` is a list of codes (a record's form) or belongs to the caller
  /// (a shared body lists memberships with periods there).
  static func decode(
    _ reader: inout DocumentReader, _ m: ObjectMembers, path: JSONPath, sources: Set<String>, into form: inout Form,
    memberCodes: Bool = true
  ) {
    var provenance: [FormField: FieldProvenance] = [:]
    func p(_ key: String) -> JSONPath { path.member(key) }
    func key<K: VocabularyKey>(_ field: FormField, _ type: K.Type) -> Known<K> {
      reader.citedField(
        m[field.rawValue], path: p(field.rawValue), sources: sources, field: field, provenance: &provenance,
        wrap: { .key($0) },
        decode: { $0.key($1, path: $2, as: K.self) }
      )
    }
    func keys<K: VocabularyKey>(_ field: FormField, _ type: K.Type) -> Known<KeySet<K>> {
      reader.citedField(
        m[field.rawValue], path: p(field.rawValue), sources: sources, field: field, provenance: &provenance,
        wrap: { .keys($0.array) },
        decode: { $0.keys($1, path: $2, as: K.self) }
      )
    }
    func flag(_ field: FormField) -> Known<Bool> {
      reader.citedField(
        m[field.rawValue], path: p(field.rawValue), sources: sources, field: field, provenance: &provenance,
        wrap: { .flag($0) },
        decode: { $0.bool($1, path: $2) }
      )
    }
    func date(_ field: FormField) -> CalendarDate? {
      reader.citedField(
        m[field.rawValue], path: p(field.rawValue), sources: sources, field: field, provenance: &provenance,
        wrap: { .date($0) },
        decode: { $0.date($1, path: $2) }
      ).value
    }
    form.kind = key(.kind, FormKind.self)
    form.status = key(.status, FormStatus.self)
    // Version 1 forms have no dates: the keys are absent there.
    form.from = date(.from)
    form.until = date(.until)
    if let start = form.from, let end = form.until, end < start, let node = m["until"] {
      reader.report(
        at: node.offset, path: p("until"),
        .expected(.dateOnOrAfter(field: "from", start), found: .literal(end.description)))
    }
    form.structure = key(.structure, Structure.self)
    form.contact = key(.contact, Contact.self)
    form.scale = key(.scale, Scale.self)
    form.rung = key(.rung, Rung.self)
    form.phases = keys(.phases, Phase.self)
    form.laws = keys(.laws, Law.self)
    form.themes = reader.citedField(
      m["themes"], path: p("themes"), sources: sources, field: .themes, provenance: &provenance,
      wrap: { .texts($0) },
      decode: { r, n, path in r.array(n, path: path) { $0.nonEmptyString($1, path: $2) } }
    )
    form.perspectives = keys(.perspectives, Perspective.self)
    form.inputKinds = keys(.inputKinds, InputKind.self)
    form.setUpBy = key(.setUpBy, Founder.self)
    form.advises = keys(.advises, Addressee.self)
    form.members = reader.citedField(
      m["members"], path: p("members"), sources: sources, field: .members, provenance: &provenance,
      wrap: { .number($0) },
      decode: { $0.integer($1, path: $2, minimum: 0) }
    )
    form.selection = key(.selection, Selection.self)
    form.legalForm = key(.legalForm, LegalForm.self)
    form.resultsAgreement = flag(.resultsAgreement)
    form.rankAndFileLink = flag(.rankAndFileLink)
    guard memberCodes else {
      form.provenance = provenance
      return
    }
    form.memberMunicipalities = reader.citedField(
      m["memberMunicipalities"], path: p("memberMunicipalities"), sources: sources,
      field: .memberMunicipalities, provenance: &provenance, wrap: { .texts($0) },
      decode: { r, n, path in
        r.array(n, path: path) { reader, child, childPath -> String? in
          guard let code = reader.string(child, path: childPath) else { return nil }
          guard ProfileDecoder.isMunicipalityCode(code) else {
            reader.report(at: child.offset, path: childPath, .expected(.municipalityCode, found: .quoted(code)))
            return nil
          }
          return code
        }
      }
    )
    form.provenance = provenance
  }
}
