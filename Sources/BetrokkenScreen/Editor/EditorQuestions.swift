import BetrokkenModel

/// The questions the editor asks of a record, chapter by chapter, made from what the record holds now (every form
/// and regulation has its questions; a new entry's appear as soon as it is added).
enum EditorQuestions {
  static func all(
    for record: Record, recordNode: JSONNode?, bodies: [String], earlierForms: [EarlierForm] = []
  ) -> [EditorQuestion] {
    var questions: [EditorQuestion] = []
    func add(
      _ path: String, _ chapter: EditorQuestion.Chapter, _ wordsKey: String, _ answer: EditorQuestion.Answer,
      section: String? = nil, citing: EditorQuestion.Citing = .chosen, entry: String? = nil, name: String? = nil
    ) {
      var question = EditorQuestion(
        path: path, chapter: chapter, wordsKey: wordsKey, answer: answer, guideSection: section, citing: citing,
        entry: entry, entryName: name)
      if case .newEntry = answer {
        question.isOpen = false
      } else {
        question.isOpen = recordNode.map { EditorValue.node(at: path, in: $0)?.isNull ?? true } ?? true
      }
      questions.append(question)
    }
    func one<K: VocabularyKey>(_ type: K.Type) -> EditorQuestion.Answer {
      .one(vocabulary: K.vocabularyName, options: K.allKeys)
    }
    func many<K: VocabularyKey>(_ type: K.Type) -> EditorQuestion.Answer {
      .many(vocabulary: K.vocabularyName, options: K.allKeys)
    }

    // Sources: every answer cites one.
    for source in record.sources {
      let entry = "sources[\(source.id)]"
      for (key, answer) in [
        ("title", EditorQuestion.Answer.text), ("publisher", .text), ("published", .partialDate),
        ("retrieved", .date), ("url", .text),
      ] {
        add("\(entry).\(key)", .sources, "sources.\(key)", answer, citing: .none, entry: entry, name: source.title)
      }
    }
    add("sources", .sources, "sources.new", .newEntry(collection: "sources", options: []), citing: .none)

    // The municipality-wide choices, §1–§5.
    let choices: [(String, EditorQuestion.Answer, String?)] = [
      ("motives", many(Motive.self), "1.1"), ("citizenMotives", many(CitizenMotive.self), "1.2"),
      ("direction", many(Direction.self), "2.1"), ("existingStructures", one(ExistingStructures.self), "2.2"),
      ("perspectives", many(Perspective.self), "3.1"), ("topics", many(TopicScope.self), "3.2"),
      ("inputKinds", many(InputKind.self), "3.3"), ("agendaSetting", one(AgendaSetting.self), "4.1"),
      ("facilitation", many(Facilitation.self), "4.4"), ("organisation", many(OrganisationChange.self), "4.5"),
      ("regionalPolicy", many(Law.self), "5.3"), ("notes", .text, nil),
    ]
    for (key, answer, section) in choices {
      add("choices.\(key)", .choices, "choices.\(key)", answer, section: section)
    }

    // The forms, each with every fact of the format.
    for form in record.forms {
      let entry = "forms[\(form.id)]"
      let fields: [(String, EditorQuestion.Answer, String?)] = [
        ("name", .text, nil), ("kind", one(FormKind.self), nil), ("status", one(FormStatus.self), nil),
        ("from", .date, nil), ("until", .date, nil), ("structure", one(Structure.self), "5.1"),
        ("contact", one(Contact.self), "5.2"), ("scale", one(Scale.self), "5.3"), ("rung", one(Rung.self), "4.2"),
        ("phases", many(Phase.self), "4.3"), ("laws", many(Law.self), nil), ("themes", .texts, nil),
        ("perspectives", many(Perspective.self), "3.1"), ("inputKinds", many(InputKind.self), "3.3"),
        ("setUpBy", one(Founder.self), nil), ("advises", many(Addressee.self), nil), ("members", .count, nil),
        ("selection", one(Selection.self), nil), ("legalForm", one(LegalForm.self), "4.4"),
        ("resultsAgreement", .yesNo, "5.1"), ("rankAndFileLink", .yesNo, "5.2"),
        ("memberMunicipalities", .codes, "5.3"),
      ]
      // Which forms of the earlier record it succeeds: asked when there is an earlier record with forms.
      let succession: [(String, EditorQuestion.Answer, String?)] =
        earlierForms.isEmpty ? [] : [("replaces", .formIDs(options: earlierForms), nil)]
      for (key, answer, section) in fields + succession {
        add("\(entry).\(key)", .forms, "forms.\(key)", answer, section: section, entry: entry, name: form.name)
      }
    }
    add("forms", .forms, "forms.new", .newEntry(collection: "forms", options: []))
    for reference in record.sharedBodies {
      let entry = "sharedBodies[\(reference.bodyID)]"
      add(
        "\(entry).localNote", .forms, "sharedBodies.localNote", .text, section: "5.3",
        citing: .entry(source: reference.citation.sourceID, section: reference.citation.section), entry: entry,
        name: reference.bodyID)
    }
    let unreferenced = bodies.filter { id in !record.sharedBodies.contains { $0.bodyID == id } }
    if !unreferenced.isEmpty {
      add(
        "sharedBodies", .forms, "sharedBodies.new", .newEntry(collection: "sharedBodies", options: unreferenced),
        section: "5.3")
    }
    add("formsComplete", .forms, "formsComplete", .yesNo)

    // The regulations: only they decide a legal item.
    for regulation in record.regulations {
      let entry = "regulations[\(regulation.id)]"
      let citing = EditorQuestion.Citing.entry(
        source: regulation.citation.sourceID, section: regulation.citation.section)
      let others = record.regulations.map(\.id).filter { $0 != regulation.id }
      var fields: [(String, EditorQuestion.Answer)] = [
        ("title", .text), ("kind", one(RegulationKind.self)), ("adoptedBy", one(Adopter.self)),
        ("identifier", .text), ("url", .text), ("adopted", .date), ("inForceFrom", .date), ("inForceUntil", .date),
        ("legalBases", .texts), ("scope", many(Law.self)), ("readWhole", .yesNo),
      ]
      fields += LegalItem.allCases.map { ("legalItems.\($0.rawValue)", .article) }
      fields += ParticipationItem.allCases.map { ("participationItems.\($0.rawValue)", .article) }
      // Delegation names another regulation of the record: asked once there is one.
      if !others.isEmpty { fields.append(("delegatedBy", .delegation(options: others))) }
      fields.append(("inspraak", .inspraak(options: InspraakProcedure.allKeys)))
      for (key, answer) in fields {
        let wordsKey = "regulations." + (key.split(separator: ".").first.map(String.init) ?? key)
        add(
          "\(entry).\(key)", .regulations,
          wordsKey == "regulations.legalItems"
            || wordsKey
              == "regulations.participationItems"
            ? "regulations.\(key)" : wordsKey, answer, citing: citing,
          entry: entry, name: regulation.title)
      }
    }
    add("regulations", .regulations, "regulations.new", .newEntry(collection: "regulations", options: []))

    // Completeness of the regulation lists.
    for key in ["wmo2015", "youthAct", "participationAct", "participationOrdinance"] {
      add("regulationLists.\(key)", .lists, "regulationLists.\(key)", one(RegulationListStatement.self))
    }
    return questions
  }
}
