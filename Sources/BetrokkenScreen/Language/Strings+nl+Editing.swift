extension Strings {
  /// Dutch strings of the editing area (keys start with "editing."): `new`, `set`, `unset`, `migrate`, `schema` and
  /// the data options every command shares.
  static let editingDutch: [String: String] = [
    // Value names in help texts
    "editing.valueName.municipality": "GEMEENTE",
    "editing.valueName.path": "PAD",
    "editing.valueName.value": "WAARDE",
    "editing.valueName.date": "JJJJ-MM-DD",
    "editing.valueName.asOfDate": "DATUM",
    "editing.valueName.directory": "MAP",

    // Layers in messages
    "editing.layer.shipped": "de meegeleverde gegevens",
    "editing.layer.user": "uw eigen laag",
    "editing.layer.lower": "een lagere laag",

    // set and unset: help
    "editing.set.abstract": "Zet één feit van een gemeente, met bron; gecontroleerd voordat er iets wordt geschreven.",
    "editing.set.discussion":
      "PAD: choices.SLEUTEL, regulationLists.SLEUTEL, formsComplete, sources[ID].SLEUTEL, forms[ID].SLEUTEL, regulations[ID].SLEUTEL, regulations[ID].legalItems.a–f, regulations[ID].participationItems.SLEUTEL, sharedBodies[ID].localNote. WAARDE is JSON of kale tekst; voor keuzelijsten mag ook het Nederlandse woord (adviseren → advise). Een nieuwe vorm begint met forms[ID].name, een nieuwe regeling met regulations[ID].title, een nieuwe bron met sources[ID].title. Zie docs/editing.md. Exitcode 0: geschreven; 1: geweigerd (niets geschreven); 64: verkeerd gebruik.",
    "editing.municipalityHelp": "Gemeente: code of naam.",
    "editing.set.pathHelp": "Wat u zet, bijvoorbeeld forms[sociale-raad].rung.",
    "editing.set.valueHelp": "De waarde: JSON of kale tekst.",
    "editing.set.sourceHelp": "Id van de bron in het record (niet nodig voor sources[…]).",
    "editing.set.sectionHelp": "Paragraaf of artikel in die bron.",
    "editing.set.recordHelp": "Het record (datum) om te wijzigen; standaard het nieuwste in uw laag.",
    "editing.unset.abstract":
      "Maak één feit onbekend (null), of haal een artikel, verwijzing, vorm, regeling of bron weg; gecontroleerd voordat er iets wordt geschreven.",
    "editing.unset.discussion":
      "PAD als bij set; forms[ID], regulations[ID], sources[ID] of sharedBodies[ID] zonder sleutel haalt het geheel weg (geweigerd zolang iets ernaar verwijst). Exitcode 0: geschreven; 1: geweigerd (niets geschreven); 64: verkeerd gebruik.",
    "editing.unset.pathHelp": "Wat onbekend wordt, bijvoorbeeld forms[sociale-raad].rung.",
    "editing.unset.recordHelp": "Het record (datum); standaard het nieuwste in uw laag.",

    // set and unset: usage errors
    "editing.set.sourceRequired": "Geef --source ID: elk feit noemt zijn bron.",
    "editing.set.emptySection": "--section \"{1}\": laat --section weg als de bron geen paragraaf of artikel noemt.",
    "editing.recordNotADate": "--record verwacht een datum als 2026-11-29; gevonden \"{1}\".",

    // set and unset: what happened
    "editing.unset.removed": "{1} weggehaald",
    "editing.unset.unknown": "{1} onbekend",
    "editing.notInRegister": "\"{1}\" staat niet in het register.",
    "editing.noProfileYet": "{1} heeft nog geen profiel; maak eerst een record met betrokken new {2}{3}.",
    "editing.noRecordOfDate": "{1} heeft geen record van {2}.",
    "editing.noRecordYet": "{1} heeft nog geen record; maak er een met betrokken new.",
    "editing.copiedInPlace":
      "Het record van {1} uit {3} is eerst gekopieerd naar {2}; die kopie staat er nu voor in de plaats.",
    "editing.copiedAsNew": "Het record van {1} uit {4} is eerst gekopieerd naar een nieuw record van {2} in {3}.",
    "editing.internalRecordMissing": "Interne fout: het record {1} is niet terug te vinden. Er is niets geschreven.",
    "editing.refusedInvalidFile": "Geweigerd: {1} zou het bestand ongeldig maken. Er is niets geschreven.",
    "editing.saved": "{1}, record {2}: {4}. Opgeslagen in {3}",
    "editing.alreadySo": "{1}, record {2}: {3} stond er al; er is niets geschreven.",

    // set and unset: refused edits
    "editing.pathGrammar":
      "choices.SLEUTEL, regulationLists.SLEUTEL, formsComplete, sources[ID].SLEUTEL, forms[ID].SLEUTEL, regulations[ID].SLEUTEL, regulations[ID].legalItems.a–f, regulations[ID].participationItems.SLEUTEL of sharedBodies[ID].localNote",
    "editing.failure.badPath": "Onbekend pad \"{2}\"; verwacht {1}. Er is niets geschreven.",
    "editing.failure.notFound":
      "{1}[{3}] bestaat niet in dit record; maak het aan met {1}[{3}].{2}. Er is niets geschreven.",
    "editing.failure.required": "{1} kan niet onbekend zijn (verplicht). Er is niets geschreven.",
    "editing.failure.unknownSource":
      "Bron \"{1}\" staat niet in dit record; voeg haar toe met sources[{1}].title. Er is niets geschreven.",
    "editing.failure.otherCitation":
      "{1} wordt geciteerd met bron \"{2}\" ({3}); gebruik --source {2} --section \"{3}\", of voeg een nieuwe regeling toe. Er is niets geschreven.",
    "editing.failure.otherCitationWithoutSection":
      "{1} wordt geciteerd met bron \"{2}\" zonder sectie; gebruik --source {2} zonder --section, of voeg een nieuwe regeling toe. Er is niets geschreven.",
    "editing.failure.onlyTrue":
      "{1} kan alleen true zijn (een bron zegt dat de lijst compleet is); gebruik unset als dat niet zo is. Er is niets geschreven.",
    "editing.failure.citationKey":
      "{1}: de bron van een vorm of regeling verandert u niet los; geef een feit een eigen bron met --source en --section. Er is niets geschreven.",

    // Writing a layer
    "editing.cannotCreate": "Kan {1} niet aanmaken: {2}",
    "editing.fileHasErrors": "{1} heeft fouten; herstel die eerst (betrokken validate {1}). Er is niets geschreven.",
    "editing.refusedWouldBeInvalid": "Geweigerd: zo zou {1} ongeldig worden. Er is niets geschreven.",
    "editing.atomic.changedOnDisk":
      "Geweigerd: {1} is veranderd sinds het werd gelezen (door een ander programma?). Er is niets overschreven; probeer het opnieuw.",
    "editing.atomic.notWritable":
      "Kan niet schrijven in {1}: geen schrijfrechten of alleen-lezen. Het bestand is niet veranderd.",
    "editing.atomic.diskFull": "Kan {1} niet schrijven: de schijf is vol. Het bestand is niet veranderd.",
    "editing.atomic.notReadable": "Kan {2} niet lezen ({1}); het wordt niet overschreven. Er is niets geschreven.",
    "editing.atomic.other": "Kan {2} niet schrijven ({1}). Het bestand is niet veranderd.",

    // new
    "editing.new.abstract": "Voeg een leeg record toe voor een gemeente, in uw eigen laag (of de laatste --data).",
    "editing.new.discussion":
      "Exitcode 0: aangemaakt; 1: die laag heeft al een record van die datum, of het bestand heeft fouten; 64: verkeerd gebruik.",
    "editing.new.municipalityHelp": "Gemeente uit het register: code of naam.",
    "editing.new.dateHelp": "Datum van het record (standaard vandaag).",
    "editing.new.replaceHelp":
      "Ook als een lagere laag een record van die datum heeft; het lege record verbergt dat dan.",
    "editing.new.dateNotADate": "--date verwacht een datum als 2026-11-29; gevonden \"{1}\".",
    "editing.new.dateBeforeLaws": "--date {1} ligt voor 2015-01-01, toen de drie wetten in werking traden.",
    "editing.new.notInRegister": "\"{1}\" staat niet in het register van 2025.",
    "editing.new.recordExists":
      "{2} heeft al een record van {1}; kies een andere --date of vul dat record aan met betrokken set.",
    "editing.new.hidesShipped":
      "De meegeleverde gegevens hebben al een record van {1} voor {2}; een leeg record zou het verbergen. Vul het aan met betrokken set (het wordt dan eerst naar uw laag gekopieerd), kies een andere --date, of gebruik --replace. Er is niets geschreven.",
    "editing.new.hidesUser":
      "Uw eigen laag heeft al een record van {1} voor {2}; een leeg record zou het verbergen. Vul het aan met betrokken set (het wordt dan eerst naar uw laag gekopieerd), kies een andere --date, of gebruik --replace. Er is niets geschreven.",
    "editing.new.hidesNamed":
      "{3} heeft al een record van {1} voor {2}; een leeg record zou het verbergen. Vul het aan met betrokken set (het wordt dan eerst naar uw laag gekopieerd), kies een andere --date, of gebruik --replace. Er is niets geschreven.",
    "editing.new.added": "Record {1} van {2} toegevoegd: {3}",
    "editing.new.hidesLower": "Let op: dit record verbergt het record van {1} uit {2}.",
    "editing.new.nextStep": "Volgende stap: vul de bron in en zet feiten, bijvoorbeeld",
    "editing.new.orDashboard": "Of in het dashboard, met de vragen van de leidraad: betrokken {1}{2}, dan e",
    "editing.new.exampleSource": "  betrokken set {1} sources[bron].title \"Verordening …\"{2}",
    "editing.new.exampleForm":
      "  betrokken set {1} forms[adviesraad].name \"Adviesraad Sociaal Domein\" --source bron --section \"art. 2\"{2}",
    "editing.new.exampleRung":
      "  betrokken set {1} forms[adviesraad].rung adviseren --source bron --section \"art. 3\"{2}",

    // migrate
    "editing.migrate.abstract": "Schrijf profielen in formaat 1 om naar formaat 2; het origineel gaat naar .backup/.",
    "editing.migrate.discussion":
      "Exitcode 0: alles omgezet of al formaat 2; 1: een bestand met fouten (niet omgezet, niet aangeraakt); 64: verkeerd gebruik.",
    "editing.migrate.pathsHelp":
      "Profielbestanden of mappen (standaard: de profielen van uw eigen laag en van elke --data).",
    "editing.migrate.canonicalHelp":
      "Schrijf ook bestanden in formaat 2 in canonieke vorm (sleutelvolgorde en inspringing van docs/profile-format.md).",
    "editing.migrate.nothingToDo":
      "Niets om te zetten: er is geen eigen laag en geen --data; geef een pad of --data DIR.",
    "editing.migrate.doesNotExist": "{1}: bestaat niet",
    "editing.migrate.notMigratedErrors": "{1}: niet omgezet (fouten); het bestand is niet aangeraakt.",
    "editing.migrate.alreadyCanonical": "{1}: al formaat 2, canoniek",
    "editing.migrate.writtenCanonical": "{1}: in canonieke vorm geschreven",
    "editing.migrate.alreadyVersion2": "{1}: al formaat 2",
    "editing.migrate.doesNotLoad":
      "{1}: de omgezette versie laadt niet; het origineel is teruggezet. Meld dit als fout.",
    "editing.migrate.differs":
      "{1}: waarschuwing: de omgezette versie wijkt af van wat in het geheugen stond; vergelijk met {2}",
    "editing.migrate.migrated": "{1}: omgezet naar formaat 2; origineel in {2}",
    "editing.migrate.notMigrated": "{1}: niet omgezet: {2}",
    "editing.migrate.summary": "{1} omgezet, {2} niet omgezet, {3} al formaat 2.",
    "editing.migrate.summaryCanonical":
      "{1} omgezet, {2} niet omgezet, {3} al formaat 2 (waarvan {4} nu in canonieke vorm).",

    // schema
    "editing.schema.abstract": "Nederlandse titels en uitleg in de JSON-schema's (voor onderhouders).",
    "editing.schema.discussion":
      "--check: controleer de meegeleverde schema's; schrijf niets, exitcode 1 als een schema niet bij is.\n--write MAP: schrijf bijgewerkte schema's naar MAP/schema/ (voor onderhouders van deze repository: --write Data).",
    "editing.schema.checkHelp": "Alleen controleren of de meegeleverde schema's bij zijn.",
    "editing.schema.writeHelp": "Schrijf de schema's naar MAP/schema/.",
    "editing.schema.checkOrWrite": "Geef --check of --write MAP (precies een van beide).",
    "editing.schema.shippedDataNotFound": "De meegeleverde Data/ is niet gevonden.",
    "editing.schema.noSuchDirectory": "Map \"{1}\" bestaat niet.",
    "editing.schema.notJSON": "{1} is niet te lezen als JSON.",
    "editing.schema.updated": "{1} bijgewerkt",
    "editing.schema.stale": "Niet bij: {1}; voer betrokken schema --write Data uit in de repository.",

    // Data options of every command
    "editing.data.dataHelp":
      "Extra laag boven de meegeleverde gegevens en uw eigen laag (herhaalbaar; de laatste is de hoogste en die waarin new en set schrijven).",
    "editing.data.onlyDataHelp":
      "Lees alleen deze map(pen), zonder de meegeleverde gegevens en uw eigen laag (herhaalbaar).",
    "editing.data.asOfHelp":
      "Peildatum JJJJ-MM-DD: per gemeente het nieuwste record op of voor die dag (standaard: vandaag in Nederland). Niet voor 2015-01-01.",
    "editing.data.dataOrOnlyData": "Gebruik --data of --only-data, niet allebei.",
    "editing.data.noSuchDirectory": "Map \"{2}\" bestaat niet (genoemd met {1}).",
    "editing.data.asOfNotADate": "--as-of verwacht een datum als 2026-11-29 (JJJJ-MM-DD); gevonden \"{1}\".",
    "editing.data.asOfBeforeLaws":
      "--as-of {1} ligt voor 2015-01-01, toen de Wmo 2015, de Jeugdwet en de Participatiewet in werking traden.",
    // The dashboard's snapshot directory.
    "editing.snapshotDir.missing": "--snapshot-dir: de map {1} bestaat niet.",
    "editing.snapshotDir.notADirectory": "--snapshot-dir: {1} is geen map.",
    "editing.snapshotDir.notWritable": "--snapshot-dir: in de map {1} mag niet geschreven worden.",
    // Why a file could not be read or written.
    "editing.ioError.permission": "geen schrijf- of leesrechten",
    "editing.ioError.notFound": "bestand of map bestaat niet",
    "editing.ioError.noSpace": "de schijf is vol",
    "editing.ioError.readOnly": "alleen-lezen bestandssysteem",
    "editing.ioError.exists": "bestaat al",
    "editing.ioError.isDirectory": "is een map",
    "editing.ioError.other": "lezen of schrijven mislukt",
    // Which municipality is meant.
    "names.ambiguous": "Meerdere gemeenten passen bij \"{1}\": {2}. Typ meer van de naam.",
    "names.didYouMeanCommand": "Of bedoelde u de opdracht betrokken {1}?",
  ]
}
