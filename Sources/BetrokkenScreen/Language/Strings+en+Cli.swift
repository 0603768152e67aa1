extension Strings {
  /// English strings of the cli area (keys start with "cli."); the same keys as `cliDutch`.
  static let cliEnglish: [String: String] = [
    // The program
    "cli.betrokken.abstract": "Dashboard of citizen involvement in the social domain of Dutch municipalities.",

    // Shared help texts, value names and messages
    "cli.help.width": "Width in columns.",
    "cli.help.height": "Height in lines.",
    "cli.snapshot.heightHelp":
      "Height in lines: exactly that screen. Without it, into a file or pipe: "
      + "the whole dashboard, each pane as tall as its content.",
    "cli.compare.heightHelp":
      "Height in lines: exactly that screen. Without it: the whole comparison, "
      + "every row and the legend.",
    "cli.help.municipality": "Municipality: code or name.",
    "cli.help.formatTextJson": "Output: text or json.",
    "cli.help.formatTextJsonMarkdown": "text, json or markdown.",
    "cli.valueName.municipality": "MUNICIPALITY",
    "cli.valueName.file": "FILE",
    "cli.valueName.path": "PATH",
    "cli.valueName.isoDate": "YYYY-MM-DD",
    "cli.valueName.from": "FROM",
    "cli.valueName.to": "TO",
    "cli.valueName.width": "WIDTH",
    "cli.valueName.height": "HEIGHT",
    "cli.valueName.format": "FORMAT",
    "cli.valueName.style": "STYLE",
    "cli.valueName.province": "PROVINCE",
    "cli.error.widthHeight": "--width and --height must be between 1 and 1000.",
    "cli.error.noProfile": "No profile found for \"{1}\".",
    "cli.error.didYouMean": "Did you mean: {1}?",
    "cli.error.profileHasErrors": "The profile of {1} ({2}) has errors and was not loaded; see betrokken validate.",
    "cli.error.registeredWithoutProfile": "{1} ({2}) is in the register, but there is no profile for it yet.",
    "cli.error.cannotWrite": "Cannot write {1}: {2}",

    // check
    "cli.check.abstract": "Assess municipalities against the law and the attention points of the guide (leidraad).",
    "cli.check.discussion":
      "Only a regulation decides a legal item; practice is shown beside it. Exit code 0: no legal item 'not met'; 1: at least one (or an unknown municipality); 64: incorrect usage. The participation ordinance (participatieverordening) does not change the exit code.",
    "cli.check.municipalitiesHelp": "Municipalities (code or name); by default all loaded profiles.",
    "cli.check.uncounted": "! does not count: {1}",
    "cli.check.practice": "→ in practice: {1} (source: {2})",
    "cli.check.source": "(source: {1})",
    "cli.check.attentionHeading": "Attention points of the guide (leidraad)",
    "cli.check.total":
      "Total: {1} met, {2} not met, {3} cannot be assessed; participation ordinance (participatieverordening): {4}; {5}.",
    "cli.check.attentionPointsApply.one": "{1} attention point applies",
    "cli.check.attentionPointsApply.other": "{1} attention points apply",
    "cli.check.readinessHeading": "Participation ordinance (participatieverordening, Gemeentewet art. 150), due {1}",
    "cli.check.forInformation": "(for information) {1}",
    "cli.check.adoptedBeforeNewText":
      "! {1} was adopted before 2025, possibly under the old text of art. 150: check implementation, evaluation and right to challenge (uitdaagrecht) again",
    "cli.check.deadlinePassed": "the deadline has passed",
    "cli.check.markdown.legalHeading": "Legal items",
    "cli.check.markdown.reason": "reason",
    "cli.check.markdown.practice": "in practice (decides nothing)",
    "cli.check.markdown.status": "status",
    "cli.check.markdown.legalLegend":
      "Only a regulation decides a legal item: met when a council ordinance, or further rules based on one, regulates it on this date (the reason names regulation, identifier and article). What forms and choices show in practice stands beside it and decides nothing.",

    // compare
    "cli.compare.abstract": "Compare 2 to 4 municipalities side by side (text as in the dashboard, or CSV).",
    "cli.compare.discussion":
      "Exit code 1 for an unknown or repeated municipality, 64 for fewer than 2 or more than 4.",
    "cli.compare.municipalitiesHelp": "2 to 4 municipalities: code or name.",
    "cli.compare.differencesOnlyHelp": "Only the rows that differ.",
    "cli.compare.formatHelp":
      "text (the dashboard's screen), markdown (a table for a memo or e-mail), csv (one row per dimension, RFC 4180) or csv-nl (the same for a spreadsheet with Dutch settings: semicolon, decimal comma, BOM).",
    "cli.compare.styleHelp": "plain or ascii.",
    "cli.compare.outputHelp": "Write to this file.",
    "cli.compare.count": "Give 2 to 4 municipalities (now {1}).",
    "cli.compare.twice": "{1} is in the comparison twice.",

    // overview
    "cli.overview.abstract": "Overview of all loaded municipalities: ladder, phases, legal items, attention points.",
    "cli.overview.discussion":
      "With --compare-with DATE: the overview on --as-of and on DATE side by side, with how many municipalities changed.",
    "cli.overview.compareWithHelp": "Second date, beside --as-of.",
    "cli.overview.badDate": "--compare-with expects a date such as 2015-09-30 (YYYY-MM-DD); found \"{1}\".",
    "cli.overview.dateTooEarly":
      "--compare-with {1} is before 2015-01-01, when the Wmo 2015, the Jeugdwet and the Participatiewet came into force.",
    "cli.overview.formatHelp": "text or markdown (tables for a memo or e-mail; not with --compare-with).",
    "cli.overview.markdownCompareWith":
      "--format markdown does not go with --compare-with; the comparison of two dates is available as text only.",

    // list
    "cli.list.abstract": "Table of the loaded profiles: code, name, province, population, record, forms, highest rung.",
    "cli.list.provinceHelp": "Only municipalities in this province (case and accents do not matter).",
    "cli.list.unknownProvince": "Unknown province \"{1}\". Provinces: {2}.",
    "cli.list.column.code": "code",
    "cli.list.column.name": "name",
    "cli.list.column.province": "province",
    "cli.list.column.population": "pop. 2025",
    "cli.list.column.record": "record",
    "cli.list.column.layer": "layer",
    "cli.list.column.forms": "forms",
    "cli.list.column.highestRung": "highest rung",
    "cli.list.column.area": "area km²",
    "cli.list.column.formsUnknownStatus": "of which status unknown",
    "cli.list.formatHelp":
      "text, markdown (a table for a memo or e-mail), csv (RFC 4180), csv-nl (for a spreadsheet with Dutch settings: semicolon, decimal comma, BOM) or json.",
    "cli.list.markdown.heading": "Loaded profiles on {1}",
    "cli.list.noRecord": "none",
    "cli.list.profile.one": "{1} profile",
    "cli.list.profile.other": "{1} profiles",
    "cli.list.footer":
      "{1} on {2}. record: date of the data. forms: those that count on that day (2+1?: 1 with unknown status). ? = unknown from the sources.",

    // snapshot
    "cli.snapshot.abstract": "Print a municipality's dashboard as plain text (for a note or an email).",
    "cli.snapshot.discussion": "Exactly HEIGHT lines of at most WIDTH columns, without escape codes, UTF-8.",
    "cli.snapshot.municipalityHelp":
      "Municipality: code or name (case and accents do not matter). By default the first.",
    "cli.snapshot.styleHelp": "plain (Unicode lines) or ascii (only ASCII characters for lines and symbols).",
    "cli.snapshot.outputHelp": "Write to this file instead of standard output.",

    // dashboard
    "cli.dashboard.abstract": "Open the interactive dashboard (the default). Press ? for help, q to quit.",
    "cli.dashboard.municipalityHelp": "Municipality to start with: code or name.",
    "cli.dashboard.noColorHelp": "No colour (also when NO_COLOR is set).",
    "cli.dashboard.styleHelp":
      "plain (Unicode lines and symbols) or ascii (only ASCII characters); without it the locale decides (LC_ALL, "
      + "LC_CTYPE, LANG): UTF-8 gives Unicode, any other character set ASCII.",
    "cli.dashboard.noMouseHelp": "No mouse: clicking and the wheel off (the terminal then selects text itself).",
    "cli.dashboard.snapshotDirHelp": "Directory for snapshots with p (default: the current directory).",

    // history
    "cli.history.abstract": "A municipality's records over time, and what changed at each step.",
    "cli.history.discussion": "Exit code 0; 3 for an unknown municipality; 64 for incorrect usage.",
    "cli.history.record.one": "{1} record",
    "cli.history.record.other": "{1} records",
    "cli.history.form.one": "{1} form",
    "cli.history.form.other": "{1} forms",
    "cli.history.sources": "sources: {1}",
    "cli.history.column.record": "record",
    "cli.history.column.layer": "layer",
    "cli.history.column.sources": "sources",
    "cli.history.column.formsInPlace": "forms that count",

    // diff
    "cli.diff.abstract": "What changed between two records of a municipality (by default the oldest and the newest).",
    "cli.diff.discussion":
      "FROM and TO: record ids or dates (a date picks the newest record on or before that day). Exit code 0, also when nothing changed; 3 for an unknown municipality or record; 64 for incorrect usage.",
    "cli.diff.fromHelp": "Record or date (by default the oldest).",
    "cli.diff.toHelp": "Record or date (by default the newest).",
    "cli.diff.column.change": "change",
    "cli.diff.noDifference": "no difference",
    "cli.diff.verdictsAtOwnDate":
      "(legal items and participation ordinance (participatieverordening) each on the date of their own record)",
    "cli.diff.badRecord": "Expected a record id or a date such as 2026-11-29; found \"{1}\".",
    "cli.diff.noRecordByDate": "{1} has no record on or before {2}; records: {3}.",

    // validate
    "cli.validate.abstract": "Check profiles and report every error with file, line and column.",
    "cli.validate.discussion": "Exit code 0: all valid; 1: one or more files with errors; 64: incorrect usage.",
    "cli.validate.pathsHelp": "Profile files or directories (default: all profiles in the data directory).",
    "cli.validate.file.one": "{1} file",
    "cli.validate.file.other": "{1} files",
    "cli.validate.error.one": "{1} error",
    "cli.validate.error.other": "{1} errors",
    "cli.validate.warning.one": "{1} warning",
    "cli.validate.warning.other": "{1} warnings",
    "cli.validate.note.one": "{1} note",
    "cli.validate.note.other": "{1} notes",
    "cli.validate.sharedBody.one": "{1} shared body",
    "cli.validate.sharedBody.other": "{1} shared bodies",
    "cli.validate.valid": "{1} valid",
    "cli.validate.summary": "{1} read, {2}; {3}, {4}{5}.",
    "cli.validate.layer": "{1} layer ({2}): {3} from {4}",
    "cli.validate.record.one": "{1} record",
    "cli.validate.record.other": "{1} records",
    "cli.validate.municipality.one": "{1} municipality",
    "cli.validate.municipality.other": "{1} municipalities",
    "cli.lang.missing": "--lang expects a language: nl or en.",
    "cli.lang.unknown": "--lang expects nl or en; found \"{1}\".",
    "cli.lang.help": "Language of the output: nl or en (by default from LC_ALL, LC_MESSAGES or LANG).",
    // The dashboard cannot start.
    "cli.terminal.inputNotATerminal": "standard input is not a terminal; the interactive dashboard needs one.",
    "cli.terminal.outputNotATerminal": "standard output is not a terminal; the interactive dashboard needs one.",
    "cli.terminal.noTerm": "the environment variable TERM is not set, so the terminal type is unknown.",
    "cli.terminal.dumbTerm": "TERM=dumb cannot show a full screen.",
    "cli.terminal.unknownTerm": "terminal type \"{1}\" is unknown on this machine (no terminfo).",
    "cli.terminal.useSnapshot": "Use `betrokken snapshot` for the dashboard as text.",

    // swift-argument-parser's own words (help titles, its options, usage errors), matched in FrameworkWords.swift;
    // the English texts are the library's own.
    "cli.framework.overview": "OVERVIEW: ",
    "cli.framework.usageTitle": "USAGE: ",
    "cli.framework.arguments": "ARGUMENTS:",
    "cli.framework.options": "OPTIONS:",
    "cli.framework.subcommands": "SUBCOMMANDS:",
    "cli.framework.versionHelp": "Show the version.",
    "cli.framework.helpHelp": "Show help information.",
    "cli.framework.defaultSubcommand": "{1} (default)",
    "cli.framework.seeSubcommandHelp": "See '{1} <subcommand>' for detailed help.",
    "cli.framework.subcommandPlaceholder": "<subcommand>",
    "cli.framework.valuesAndDefault": "(values: {1}; default: {2})",
    "cli.framework.values": "(values: {1})",
    "cli.framework.default": "(default: {1})",
    "cli.framework.error": "Error: ",
    "cli.framework.helpLine": "Help:  ",
    "cli.framework.usage": "Usage: ",
    "cli.framework.seeHelp": "  See '{1}' for more information.",
    "cli.framework.unknownOptionDidYouMean": "Unknown option '{1}'. Did you mean '{2}'?",
    "cli.framework.unknownOption": "Unknown option '{1}'",
    "cli.framework.missingValue": "Missing value for '{1}'",
    "cli.framework.missingArgument": "Missing expected argument '{1}'",
    "cli.framework.missingOneOf": "Missing one of: '{1}'",
    "cli.framework.unexpectedArgument": "Unexpected argument '{1}'",
    "cli.framework.noValueTaken": "The option '{1}' does not take any value, but '{2}' was specified.",
    "cli.framework.invalidValueOneOf": "The value '{1}' is invalid for '{2}'. Please provide one of {3}.",
    "cli.framework.invalidValue": "The value '{1}' is invalid for '{2}'",
    "cli.framework.invalidOption": "Invalid option: {1}",
    "cli.framework.missingSubcommand": "Missing required subcommand.",
    "cli.framework.and": "and",
    "cli.framework.or": "or",
  ]
}
