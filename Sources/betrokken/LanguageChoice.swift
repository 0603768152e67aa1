import BetrokkenScreen

/// The interface language for this run: `--lang nl|en` anywhere on the command line (taken out before the
/// arguments are parsed, so every command accepts it and help is already in the language), else the environment.
enum LanguageChoice {
  enum Failure: Error, Equatable {
    case missingValue
    case unknown(String)
  }

  /// The language and the arguments without `--lang`.
  static func resolve(_ arguments: [String], environment: [String: String]) throws(Failure) -> (Language, [String]) {
    var chosen: Language?
    var rest: [String] = []
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      if argument == "--" {
        rest += arguments[index...]
        break
      }
      if argument == "--lang" || argument.hasPrefix("--lang=") {
        let value: String
        if argument == "--lang" {
          index += 1
          guard index < arguments.endIndex else { throw .missingValue }
          value = arguments[index]
        } else {
          value = String(argument.dropFirst("--lang=".count))
        }
        guard let language = Language(rawValue: value.lowercased()) else { throw .unknown(value) }
        chosen = language
      } else {
        rest.append(argument)
      }
      index += 1
    }
    return (chosen ?? Language.fromEnvironment(environment), rest)
  }
}
