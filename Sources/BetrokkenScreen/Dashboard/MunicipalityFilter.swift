import BetrokkenModel
import Foundation

/// Filters municipalities by name, code or province (by any of its names: Fryslân as well as Friesland), ignoring
/// case and accents.
enum MunicipalityFilter {
  static func apply(_ filter: String, to profiles: [Situation], registry: MunicipalityRegistry) -> [Situation] {
    let needle = filter.folded.trimmingCharacters(in: .whitespaces)
    guard !needle.isEmpty else { return profiles }
    return profiles.filter { profile in
      profile.name.folded.contains(needle) || profile.code.folded.contains(needle)
        || (registry[profile.code].map { ProvinceNames.names(of: $0.province).contains { $0.contains(needle) } }
          ?? false)
    }
  }
}
