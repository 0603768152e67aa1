extension Strings {
  /// English strings of the editing area (keys start with "editing."): `new`, `set`, `unset`, `migrate`, `schema` and
  /// the data options every command shares.
  static let editingEnglish: [String: String] = [
    // Value names in help texts
    "editing.valueName.municipality": "MUNICIPALITY",
    "editing.valueName.path": "PATH",
    "editing.valueName.value": "VALUE",
    "editing.valueName.date": "YYYY-MM-DD",
    "editing.valueName.asOfDate": "DATE",
    "editing.valueName.directory": "DIR",

    // Layers in messages
    "editing.layer.shipped": "the shipped data",
    "editing.layer.user": "your own layer",
    "editing.layer.lower": "a lower layer",

    // set and unset: help
    "editing.set.abstract": "Set one fact of a municipality, with its source; checked before anything is written.",
    "editing.set.discussion":
      "PATH: choices.KEY, regulationLists.KEY, formsComplete, sources[ID].KEY, forms[ID].KEY, regulations[ID].KEY, regulations[ID].legalItems.a–f, regulations[ID].participationItems.KEY, sharedBodies[ID].localNote. VALUE is JSON or plain text; for a list of choices the Dutch word is accepted too (adviseren → advise). A new form starts with forms[ID].name, a new regulation with regulations[ID].title, a new source with sources[ID].title. See docs/editing.md. Exit code 0: written; 1: refused (nothing written); 64: usage error.",
    "editing.municipalityHelp": "Municipality: code or name.",
    "editing.set.pathHelp": "What you set, for example forms[sociale-raad].rung.",
    "editing.set.valueHelp": "The value: JSON or plain text.",
    "editing.set.sourceHelp": "Id of the source in the record (not needed for sources[…]).",
    "editing.set.sectionHelp": "Section or article in that source.",
    "editing.set.recordHelp": "The record (date) to change; by default the newest in your layer.",
    "editing.unset.abstract":
      "Make one fact unknown (null), or remove an article, reference, form, regulation or source; checked before anything is written.",
    "editing.unset.discussion":
      "PATH as for set; forms[ID], regulations[ID], sources[ID] or sharedBodies[ID] without a key removes the whole entry (refused while anything refers to it). Exit code 0: written; 1: refused (nothing written); 64: usage error.",
    "editing.unset.pathHelp": "What becomes unknown, for example forms[sociale-raad].rung.",
    "editing.unset.recordHelp": "The record (date); by default the newest in your layer.",

    // set and unset: usage errors
    "editing.set.sourceRequired": "Give --source ID: every fact names its source.",
    "editing.set.emptySection": "--section \"{1}\": leave out --section when the source names no section or article.",
    "editing.recordNotADate": "--record expects a date such as 2026-11-29; found \"{1}\".",

    // set and unset: what happened
    "editing.unset.removed": "{1} removed",
    "editing.unset.unknown": "{1} unknown",
    "editing.notInRegister": "\"{1}\" is not in the register.",
    "editing.noProfileYet": "{1} has no profile yet; first create a record with betrokken new {2}{3}.",
    "editing.noRecordOfDate": "{1} has no record of {2}.",
    "editing.noRecordYet": "{1} has no record yet; create one with betrokken new.",
    "editing.copiedInPlace": "The record of {1} from {3} was first copied to {2}; that copy now takes its place.",
    "editing.copiedAsNew": "The record of {1} from {4} was first copied to a new record of {2} in {3}.",
    "editing.internalRecordMissing": "Internal error: the record {1} cannot be found again. Nothing was written.",
    "editing.refusedInvalidFile": "Refused: {1} would make the file invalid. Nothing was written.",
    "editing.saved": "{1}, record {2}: {4}. Saved in {3}",
    "editing.alreadySo": "{1}, record {2}: {3} was already the case; nothing was written.",

    // set and unset: refused edits
    "editing.pathGrammar":
      "choices.KEY, regulationLists.KEY, formsComplete, sources[ID].KEY, forms[ID].KEY, regulations[ID].KEY, regulations[ID].legalItems.a–f, regulations[ID].participationItems.KEY or sharedBodies[ID].localNote",
    "editing.failure.badPath": "Unknown path \"{2}\"; expected {1}. Nothing was written.",
    "editing.failure.notFound":
      "{1}[{3}] does not exist in this record; create it with {1}[{3}].{2}. Nothing was written.",
    "editing.failure.required": "{1} cannot be unknown (required). Nothing was written.",
    "editing.failure.unknownSource":
      "Source \"{1}\" is not in this record; add it with sources[{1}].title. Nothing was written.",
    "editing.failure.otherCitation":
      "{1} is cited with source \"{2}\" ({3}); use --source {2} --section \"{3}\", or add a new regulation. Nothing was written.",
    "editing.failure.otherCitationWithoutSection":
      "{1} is cited with source \"{2}\" without a section; use --source {2} without --section, or add a new regulation. Nothing was written.",
    "editing.failure.onlyTrue":
      "{1} can only be true (a source says the list is complete); use unset if it is not. Nothing was written.",
    "editing.failure.citationKey":
      "{1}: the source of a form or regulation is not changed on its own; give a fact its own source with --source and --section. Nothing was written.",

    // Writing a layer
    "editing.cannotCreate": "Cannot create {1}: {2}",
    "editing.fileHasErrors": "{1} has errors; fix them first (betrokken validate {1}). Nothing was written.",
    "editing.refusedWouldBeInvalid": "Refused: this would make {1} invalid. Nothing was written.",
    "editing.atomic.changedOnDisk":
      "Refused: {1} has changed since it was read (by another program?). Nothing was overwritten; please try again.",
    "editing.atomic.notWritable": "Cannot write in {1}: no write permission, or read-only. The file has not changed.",
    "editing.atomic.diskFull": "Cannot write {1}: the disk is full. The file has not changed.",
    "editing.atomic.notReadable": "Cannot read {2} ({1}); it will not be overwritten. Nothing was written.",
    "editing.atomic.other": "Cannot write {2} ({1}). The file has not changed.",

    // new
    "editing.new.abstract": "Add an empty record for a municipality, in your own layer (or the last --data).",
    "editing.new.discussion":
      "Exit code 0: created; 1: that layer already has a record of that date, or the file has errors; 64: usage error.",
    "editing.new.municipalityHelp": "Municipality from the register: code or name.",
    "editing.new.dateHelp": "Date of the record (default: today).",
    "editing.new.replaceHelp": "Even when a lower layer has a record of that date; the empty record then hides it.",
    "editing.new.dateNotADate": "--date expects a date such as 2026-11-29; found \"{1}\".",
    "editing.new.dateBeforeLaws": "--date {1} is before 2015-01-01, when the three laws came into force.",
    "editing.new.notInRegister": "\"{1}\" is not in the 2025 register.",
    "editing.new.recordExists":
      "{2} already has a record of {1}; choose another --date or fill in that record with betrokken set.",
    "editing.new.hidesShipped":
      "The shipped data already hold a record of {1} for {2}; an empty record would hide it. Fill it in with betrokken set (it is then first copied to your layer), choose another --date, or use --replace. Nothing was written.",
    "editing.new.hidesUser":
      "Your own layer already has a record of {1} for {2}; an empty record would hide it. Fill it in with betrokken set (it is then first copied to your layer), choose another --date, or use --replace. Nothing was written.",
    "editing.new.hidesNamed":
      "{3} already has a record of {1} for {2}; an empty record would hide it. Fill it in with betrokken set (it is then first copied to your layer), choose another --date, or use --replace. Nothing was written.",
    "editing.new.added": "Record {1} of {2} added: {3}",
    "editing.new.hidesLower": "Note: this record hides the record of {1} from {2}.",
    "editing.new.nextStep": "Next step: fill in the source and set facts, for example",
    "editing.new.orDashboard": "Or in the dashboard, asked the guide's questions: betrokken {1}{2}, then e",
    "editing.new.exampleSource": "  betrokken set {1} sources[bron].title \"Verordening …\"{2}",
    "editing.new.exampleForm":
      "  betrokken set {1} forms[adviesraad].name \"Adviesraad Sociaal Domein\" --source bron --section \"art. 2\"{2}",
    "editing.new.exampleRung":
      "  betrokken set {1} forms[adviesraad].rung advise --source bron --section \"art. 3\"{2}",

    // migrate
    "editing.migrate.abstract": "Rewrite profiles in format 1 as format 2; the original goes to .backup/.",
    "editing.migrate.discussion":
      "Exit code 0: all migrated or already format 2; 1: a file with errors (not migrated, not touched); 64: usage error.",
    "editing.migrate.pathsHelp":
      "Profile files or directories (default: the profiles of your own layer and of each --data).",
    "editing.migrate.canonicalHelp":
      "Also write format-2 files in canonical form (key order and indentation of docs/profile-format.md).",
    "editing.migrate.nothingToDo":
      "Nothing to migrate: there is no layer of your own and no --data; give a path or --data DIR.",
    "editing.migrate.doesNotExist": "{1}: does not exist",
    "editing.migrate.notMigratedErrors": "{1}: not migrated (errors); the file has not been touched.",
    "editing.migrate.alreadyCanonical": "{1}: already format 2, canonical",
    "editing.migrate.writtenCanonical": "{1}: written in canonical form",
    "editing.migrate.alreadyVersion2": "{1}: already format 2",
    "editing.migrate.doesNotLoad":
      "{1}: the migrated version does not load; the original has been put back. Please report this as a bug.",
    "editing.migrate.differs": "{1}: warning: the migrated version differs from what was in memory; compare with {2}",
    "editing.migrate.migrated": "{1}: migrated to format 2; original in {2}",
    "editing.migrate.notMigrated": "{1}: not migrated: {2}",
    "editing.migrate.summary": "{1} migrated, {2} not migrated, {3} already format 2.",
    "editing.migrate.summaryCanonical":
      "{1} migrated, {2} not migrated, {3} already format 2 (of which {4} now in canonical form).",

    // schema
    "editing.schema.abstract": "Dutch titles and descriptions in the JSON schemas (for maintainers).",
    "editing.schema.discussion":
      "--check: check the shipped schemas; writes nothing, exit code 1 when a schema is out of date.\n--write DIR: write updated schemas to DIR/schema/ (for maintainers of this repository: --write Data).",
    "editing.schema.checkHelp": "Only check whether the shipped schemas are up to date.",
    "editing.schema.writeHelp": "Write the schemas to DIR/schema/.",
    "editing.schema.checkOrWrite": "Give --check or --write DIR (exactly one of the two).",
    "editing.schema.shippedDataNotFound": "The shipped Data/ was not found.",
    "editing.schema.noSuchDirectory": "Directory \"{1}\" does not exist.",
    "editing.schema.notJSON": "{1} cannot be read as JSON.",
    "editing.schema.updated": "{1} updated",
    "editing.schema.stale": "Out of date: {1}; run betrokken schema --write Data in the repository.",

    // Data options of every command
    "editing.data.dataHelp":
      "Extra layer above the shipped data and your own layer (repeatable; the last is the highest, and the one new and set write into).",
    "editing.data.onlyDataHelp":
      "Read only these directories, without the shipped data and your own layer (repeatable).",
    "editing.data.asOfHelp":
      "Reference date YYYY-MM-DD: for each municipality the newest record on or before that day (default: today in the Netherlands). Not before 2015-01-01.",
    "editing.data.dataOrOnlyData": "Use --data or --only-data, not both.",
    "editing.data.noSuchDirectory": "Directory \"{2}\" does not exist (named with {1}).",
    "editing.data.asOfNotADate": "--as-of expects a date such as 2026-11-29 (YYYY-MM-DD); found \"{1}\".",
    "editing.data.asOfBeforeLaws":
      "--as-of {1} is before 2015-01-01, when the Wmo 2015, the Jeugdwet and the Participatiewet came into force.",
    // The dashboard's snapshot directory.
    "editing.snapshotDir.missing": "--snapshot-dir: the directory {1} does not exist.",
    "editing.snapshotDir.notADirectory": "--snapshot-dir: {1} is not a directory.",
    "editing.snapshotDir.notWritable": "--snapshot-dir: the directory {1} cannot be written.",
    // Why a file could not be read or written.
    "editing.ioError.permission": "no permission to read or write",
    "editing.ioError.notFound": "no such file or directory",
    "editing.ioError.noSpace": "the disk is full",
    "editing.ioError.readOnly": "read-only file system",
    "editing.ioError.exists": "already exists",
    "editing.ioError.isDirectory": "is a directory",
    "editing.ioError.other": "reading or writing failed",
    // Which municipality is meant.
    "names.ambiguous": "Several municipalities fit \"{1}\": {2}. Type more of the name.",
    "names.didYouMeanCommand": "Or did you mean the command betrokken {1}?",
  ]
}
