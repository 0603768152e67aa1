extension Strings {
  /// Dutch strings of the cli area (keys start with "cli."): help texts, messages and the text output of the commands.
  static let cliDutch: [String: String] = [
    // The program
    "cli.betrokken.abstract": "Dashboard van burgerbetrokkenheid in het sociaal domein van Nederlandse gemeenten.",

    // Shared help texts, value names and messages
    "cli.help.width": "Breedte in kolommen.",
    "cli.help.height": "Hoogte in regels.",
    "cli.snapshot.heightHelp":
      "Hoogte in regels: precies dat scherm. Zonder, naar een bestand of "
      + "pijp: het hele dashboard, elk paneel zo lang als zijn inhoud.",
    "cli.compare.heightHelp":
      "Hoogte in regels: precies dat scherm. Zonder: de hele vergelijking, "
      + "elke rij en de legenda.",
    "cli.help.municipality": "Gemeente: code of naam.",
    "cli.help.formatTextJson": "Uitvoer: text of json.",
    "cli.help.formatTextJsonMarkdown": "text, json of markdown.",
    "cli.valueName.municipality": "GEMEENTE",
    "cli.valueName.file": "BESTAND",
    "cli.valueName.path": "PAD",
    "cli.valueName.isoDate": "JJJJ-MM-DD",
    "cli.valueName.from": "VAN",
    "cli.valueName.to": "TOT",
    "cli.valueName.width": "BREEDTE",
    "cli.valueName.height": "HOOGTE",
    "cli.valueName.format": "FORMAAT",
    "cli.valueName.style": "STIJL",
    "cli.valueName.province": "PROVINCIE",
    "cli.error.widthHeight": "--width en --height moeten tussen 1 en 1000 liggen.",
    "cli.error.noProfile": "Geen profiel gevonden voor \"{1}\".",
    "cli.error.didYouMean": "Bedoelde u: {1}?",
    "cli.error.profileHasErrors": "Het profiel van {1} ({2}) bevat fouten en is niet geladen; zie betrokken validate.",
    "cli.error.registeredWithoutProfile": "{1} ({2}) staat in het register, maar er is nog geen profiel van.",
    "cli.error.cannotWrite": "Kan {1} niet schrijven: {2}",

    // check
    "cli.check.abstract": "Toets gemeenten aan de wet en aan de aandachtspunten van de leidraad.",
    "cli.check.discussion":
      "Alleen een regeling beslist een wettelijk onderdeel; de praktijk staat ernaast. Exitcode 0: geen wettelijk onderdeel 'niet voldaan'; 1: wel (of een onbekende gemeente); 64: verkeerd gebruik. De participatieverordening verandert de exitcode niet.",
    "cli.check.municipalitiesHelp": "Gemeenten (code of naam); standaard alle geladen profielen.",
    "cli.check.uncounted": "! telt niet mee: {1}",
    "cli.check.practice": "→ in de praktijk: {1} (bron: {2})",
    "cli.check.source": "(bron: {1})",
    "cli.check.attentionHeading": "Aandachtspunten van de leidraad",
    "cli.check.total":
      "Samen: {1} voldaan, {2} niet voldaan, {3} niet te beoordelen; participatieverordening: {4}; {5}.",
    "cli.check.attentionPointsApply.one": "{1} aandachtspunt van toepassing",
    "cli.check.attentionPointsApply.other": "{1} aandachtspunten van toepassing",
    "cli.check.readinessHeading": "Participatieverordening (Gemeentewet art. 150), uiterlijk {1}",
    "cli.check.forInformation": "(ter informatie) {1}",
    "cli.check.adoptedBeforeNewText":
      "! {1} is vastgesteld voor 2025, mogelijk onder de oude tekst van art. 150: controleer uitvoering, evaluatie en uitdaagrecht opnieuw",
    "cli.check.deadlinePassed": "de termijn is verstreken",
    "cli.check.markdown.legalHeading": "Wettelijke onderdelen",
    "cli.check.markdown.reason": "reden",
    "cli.check.markdown.practice": "in de praktijk (beslist niets)",
    "cli.check.markdown.status": "status",
    "cli.check.markdown.legalLegend":
      "Alleen een regeling beslist een wettelijk onderdeel: voldaan als een verordening van de raad, of nadere regels op grond daarvan, het op deze datum regelt (de reden noemt regeling, kenmerk en artikel). Wat vormen en keuzes in de praktijk laten zien, staat ernaast en beslist niets.",

    // compare
    "cli.compare.abstract": "Vergelijk 2 tot 4 gemeenten naast elkaar (tekst zoals in het dashboard, of CSV).",
    "cli.compare.discussion": "Exitcode 1 bij een onbekende of dubbele gemeente, 64 bij minder dan 2 of meer dan 4.",
    "cli.compare.municipalitiesHelp": "2 tot 4 gemeenten: code of naam.",
    "cli.compare.differencesOnlyHelp": "Alleen de rijen die verschillen.",
    "cli.compare.formatHelp":
      "text (het scherm van het dashboard), markdown (een tabel voor een notitie of e-mail), csv (een rij per dimensie, RFC 4180) of csv-nl (hetzelfde voor een spreadsheet met Nederlandse instellingen: puntkomma, decimale komma, BOM).",
    "cli.compare.styleHelp": "plain of ascii.",
    "cli.compare.outputHelp": "Schrijf naar dit bestand.",
    "cli.compare.count": "Geef 2 tot 4 gemeenten (nu {1}).",
    "cli.compare.twice": "{1} staat twee keer in de vergelijking.",

    // overview
    "cli.overview.abstract":
      "Overzicht van alle geladen gemeenten: ladder, fasen, wettelijke onderdelen, aandachtspunten.",
    "cli.overview.discussion":
      "Met --compare-with DATUM: het overzicht op --as-of en op DATUM naast elkaar, met hoeveel gemeenten veranderden.",
    "cli.overview.compareWithHelp": "Tweede datum, naast --as-of.",
    "cli.overview.badDate": "--compare-with verwacht een datum als 2015-09-30 (JJJJ-MM-DD); gevonden \"{1}\".",
    "cli.overview.dateTooEarly":
      "--compare-with {1} ligt voor 2015-01-01, toen de Wmo 2015, de Jeugdwet en de Participatiewet in werking traden.",
    "cli.overview.formatHelp": "text of markdown (tabellen voor een notitie of e-mail; niet met --compare-with).",
    "cli.overview.markdownCompareWith":
      "--format markdown gaat niet samen met --compare-with; de vergelijking van twee data is er alleen als tekst.",

    // list
    "cli.list.abstract":
      "Tabel van de geladen profielen: code, naam, provincie, inwoners, record, vormen, hoogste trede.",
    "cli.list.provinceHelp": "Alleen gemeenten in deze provincie (hoofdletters en accenten maken niet uit).",
    "cli.list.unknownProvince": "Onbekende provincie \"{1}\". Provincies: {2}.",
    "cli.list.column.code": "code",
    "cli.list.column.name": "naam",
    "cli.list.column.province": "provincie",
    "cli.list.column.population": "inw. 2025",
    "cli.list.column.record": "record",
    "cli.list.column.layer": "laag",
    "cli.list.column.forms": "vormen",
    "cli.list.column.highestRung": "hoogste trede",
    "cli.list.column.area": "opp. km²",
    "cli.list.column.formsUnknownStatus": "waarvan status onbekend",
    "cli.list.formatHelp":
      "text, markdown (een tabel voor een notitie of e-mail), csv (RFC 4180), csv-nl (voor een spreadsheet met Nederlandse instellingen: puntkomma, decimale komma, BOM) of json.",
    "cli.list.markdown.heading": "Geladen profielen op {1}",
    "cli.list.noRecord": "geen",
    "cli.list.profile.one": "{1} profiel",
    "cli.list.profile.other": "{1} profielen",
    "cli.list.footer":
      "{1} op {2}. record: datum van de gegevens. vormen: die op die dag meetellen (2+1?: 1 met onbekende status). ? = onbekend uit de bronnen.",

    // snapshot
    "cli.snapshot.abstract": "Druk het dashboard van een gemeente af als platte tekst (voor een notitie of e-mail).",
    "cli.snapshot.discussion": "Precies HOOGTE regels van hoogstens BREEDTE kolommen, zonder stuurcodes, UTF-8.",
    "cli.snapshot.municipalityHelp":
      "Gemeente: code of naam (hoofdletters en accenten maken niet uit). Standaard de eerste.",
    "cli.snapshot.styleHelp": "plain (Unicode-lijnen) of ascii (alleen ASCII-tekens voor lijnen en symbolen).",
    "cli.snapshot.outputHelp": "Schrijf naar dit bestand in plaats van naar standaarduitvoer.",

    // dashboard
    "cli.dashboard.abstract": "Open het interactieve dashboard (standaard). Druk ? voor hulp, q om te stoppen.",
    "cli.dashboard.municipalityHelp": "Gemeente om mee te beginnen: code of naam.",
    "cli.dashboard.noColorHelp": "Geen kleur (ook als NO_COLOR gezet is).",
    "cli.dashboard.styleHelp":
      "plain (Unicode-lijnen en -symbolen) of ascii (alleen ASCII-tekens); zonder deze optie beslist de locale "
      + "(LC_ALL, LC_CTYPE, LANG): UTF-8 geeft Unicode, elke andere tekenset ASCII.",
    "cli.dashboard.noMouseHelp":
      "Geen muis: klikken en scrollen met het wieltje uit (de terminal selecteert dan zelf "
      + "tekst).",
    "cli.dashboard.snapshotDirHelp": "Map voor snapshots met p (standaard: de huidige map).",

    // history
    "cli.history.abstract": "De records van een gemeente door de tijd, en per stap wat er veranderde.",
    "cli.history.discussion": "Exitcode 0; 3 bij een onbekende gemeente; 64 bij verkeerd gebruik.",
    "cli.history.record.one": "{1} record",
    "cli.history.record.other": "{1} records",
    "cli.history.form.one": "{1} vorm",
    "cli.history.form.other": "{1} vormen",
    "cli.history.sources": "bronnen: {1}",
    "cli.history.column.record": "record",
    "cli.history.column.layer": "laag",
    "cli.history.column.sources": "bronnen",
    "cli.history.column.formsInPlace": "vormen die meetellen",

    // diff
    "cli.diff.abstract":
      "Wat er veranderde tussen twee records van een gemeente (standaard het oudste en het nieuwste).",
    "cli.diff.discussion":
      "VAN en TOT: record-id's of data (een datum kiest het nieuwste record op of voor die dag). Exitcode 0, ook als er niets veranderde; 3 bij een onbekende gemeente of record; 64 bij verkeerd gebruik.",
    "cli.diff.fromHelp": "Record of datum (standaard het oudste).",
    "cli.diff.toHelp": "Record of datum (standaard het nieuwste).",
    "cli.diff.column.change": "wijziging",
    "cli.diff.noDifference": "geen verschil",
    "cli.diff.verdictsAtOwnDate": "(wettelijke onderdelen en participatieverordening elk op de datum van hun record)",
    "cli.diff.badRecord": "Verwacht een record-id of datum als 2026-11-29; gevonden \"{1}\".",
    "cli.diff.noRecordByDate": "{1} heeft geen record op of voor {2}; records: {3}.",

    // validate
    "cli.validate.abstract": "Controleer profielen en meld elke fout met bestand, regel en kolom.",
    "cli.validate.discussion": "Exitcode 0: alles geldig; 1: een of meer bestanden met fouten; 64: verkeerd gebruik.",
    "cli.validate.pathsHelp": "Profielbestanden of mappen (standaard: alle profielen in de datamap).",
    "cli.validate.file.one": "{1} bestand",
    "cli.validate.file.other": "{1} bestanden",
    "cli.validate.error.one": "{1} fout",
    "cli.validate.error.other": "{1} fouten",
    "cli.validate.warning.one": "{1} waarschuwing",
    "cli.validate.warning.other": "{1} waarschuwingen",
    "cli.validate.note.one": "{1} opmerking",
    "cli.validate.note.other": "{1} opmerkingen",
    "cli.validate.sharedBody.one": "{1} gedeeld orgaan",
    "cli.validate.sharedBody.other": "{1} gedeelde organen",
    "cli.validate.valid": "{1} geldig",
    "cli.validate.summary": "{1} gelezen, {2}; {3}, {4}{5}.",
    "cli.validate.layer": "laag {1} ({2}): {3} van {4}",
    "cli.validate.record.one": "{1} record",
    "cli.validate.record.other": "{1} records",
    "cli.validate.municipality.one": "{1} gemeente",
    "cli.validate.municipality.other": "{1} gemeenten",
    "cli.lang.missing": "--lang verwacht een taal: nl of en.",
    "cli.lang.unknown": "--lang verwacht nl of en; gevonden \"{1}\".",
    "cli.lang.help": "Taal van de uitvoer: nl of en (standaard uit LC_ALL, LC_MESSAGES of LANG).",
    // The dashboard cannot start.
    "cli.terminal.inputNotATerminal":
      "standaardinvoer is geen terminal; het interactieve dashboard heeft er een nodig.",
    "cli.terminal.outputNotATerminal":
      "standaarduitvoer is geen terminal; het interactieve dashboard heeft er een nodig.",
    "cli.terminal.noTerm": "de omgevingsvariabele TERM is niet gezet, dus het terminaltype is onbekend.",
    "cli.terminal.dumbTerm": "TERM=dumb kan geen volledig scherm tonen.",
    "cli.terminal.unknownTerm": "terminaltype \"{1}\" is onbekend op deze machine (geen terminfo).",
    "cli.terminal.useSnapshot": "Gebruik `betrokken snapshot` voor het dashboard als tekst.",

    // swift-argument-parser's own words (help titles, its options, usage errors), matched in FrameworkWords.swift;
    // the English texts are the library's own.
    "cli.framework.overview": "OVERZICHT: ",
    "cli.framework.usageTitle": "GEBRUIK: ",
    "cli.framework.arguments": "ARGUMENTEN:",
    "cli.framework.options": "OPTIES:",
    "cli.framework.subcommands": "OPDRACHTEN:",
    "cli.framework.versionHelp": "Toon de versie.",
    "cli.framework.helpHelp": "Toon deze hulp.",
    "cli.framework.defaultSubcommand": "{1} (standaard)",
    "cli.framework.seeSubcommandHelp": "Zie '{1} <opdracht>' voor uitgebreide hulp.",
    "cli.framework.subcommandPlaceholder": "<opdracht>",
    "cli.framework.valuesAndDefault": "(waarden: {1}; standaard: {2})",
    "cli.framework.values": "(waarden: {1})",
    "cli.framework.default": "(standaard: {1})",
    "cli.framework.error": "Fout: ",
    "cli.framework.helpLine": "Hulp:  ",
    "cli.framework.usage": "Gebruik: ",
    "cli.framework.seeHelp": "  Zie '{1}' voor meer informatie.",
    "cli.framework.unknownOptionDidYouMean": "Onbekende optie '{1}'. Bedoelde u '{2}'?",
    "cli.framework.unknownOption": "Onbekende optie '{1}'",
    "cli.framework.missingValue": "Waarde ontbreekt voor '{1}'",
    "cli.framework.missingArgument": "Argument ontbreekt: '{1}'",
    "cli.framework.missingOneOf": "Een van deze ontbreekt: '{1}'",
    "cli.framework.unexpectedArgument": "Onverwacht argument '{1}'",
    "cli.framework.noValueTaken": "De optie '{1}' neemt geen waarde, maar '{2}' is opgegeven.",
    "cli.framework.invalidValueOneOf": "De waarde '{1}' is ongeldig voor '{2}'. Kies een van {3}.",
    "cli.framework.invalidValue": "De waarde '{1}' is ongeldig voor '{2}'",
    "cli.framework.invalidOption": "Ongeldige optie: {1}",
    "cli.framework.missingSubcommand": "Opdracht ontbreekt.",
    "cli.framework.and": "en",
    "cli.framework.or": "of",
  ]
}
