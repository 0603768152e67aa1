import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

/// Layer names for command-line messages.
enum LayerName {
  static func of(_ layer: DataLayer) -> String {
    switch layer.kind {
    case .shipped: Strings.text("editing.layer.shipped")
    case .user: Strings.text("editing.layer.user")
    case .named: layer.path
    }
  }
}
