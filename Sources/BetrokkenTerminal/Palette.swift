import BetrokkenScreen
@preconcurrency import CNcursesw

/// How each role looks in 256 colours, 8 colours and without colour. Without colour, attributes
/// (bold, reverse, underline, dim) still set headings, selection and focus apart; meaning never depends
/// on colour alone because every role's meaning is also written as a symbol or word.
enum Palette {
  struct Style {
    var attributes: UInt32
    var pair: Int
  }

  /// Colour pair numbers, one per role (pair 0 is the terminal's default).
  static func pair(for role: Role) -> Int {
    Int(role.rawValue) + 1
  }

  static func install(_ mode: Terminal.ColorMode) {
    for role in Role.allCases {
      let (fg, bg) = colors(for: role, mode: mode)
      init_pair(Int16(pair(for: role)), Int16(fg), Int16(bg))
    }
  }

  /// Foreground and background; -1 is the terminal's default.
  static func colors(for role: Role, mode: Terminal.ColorMode) -> (Int32, Int32) {
    let extended = mode == .extended
    switch role {
    case .plain: return (-1, -1)
    case .heading: return (extended ? 110 : COLOR_CYAN, -1)
    case .border: return (extended ? 244 : -1, -1)
    case .focusBorder: return (extended ? 179 : COLOR_YELLOW, -1)
    case .selected: return (extended ? 230 : COLOR_WHITE, extended ? 24 : COLOR_BLUE)
    case .met: return (extended ? 114 : COLOR_GREEN, -1)
    case .notMet: return (extended ? 203 : COLOR_RED, -1)
    case .unknown: return (extended ? 180 : COLOR_YELLOW, -1)
    case .difference: return (extended ? 213 : COLOR_MAGENTA, -1)
    case .dim: return (extended ? 245 : -1, -1)
    case .accent: return (extended ? 221 : COLOR_YELLOW, -1)
    case .warning: return (extended ? 209 : COLOR_RED, -1)
    case .key: return (extended ? 117 : COLOR_CYAN, -1)
    }
  }

  static func style(for role: Role, mode: Terminal.ColorMode) -> Style {
    if mode == .none {
      switch role {
      case .heading: return Style(attributes: BK_A_BOLD, pair: 0)
      case .focusBorder: return Style(attributes: BK_A_BOLD, pair: 0)
      case .selected: return Style(attributes: BK_A_REVERSE, pair: 0)
      case .notMet, .warning: return Style(attributes: BK_A_BOLD, pair: 0)
      case .difference: return Style(attributes: BK_A_UNDERLINE, pair: 0)
      case .dim, .border: return Style(attributes: BK_A_DIM, pair: 0)
      case .key, .accent: return Style(attributes: BK_A_BOLD, pair: 0)
      case .plain, .met, .unknown: return Style(attributes: BK_A_NORMAL, pair: 0)
      }
    }
    var attributes = BK_A_NORMAL
    switch role {
    case .heading, .focusBorder, .key, .accent, .notMet, .warning, .selected: attributes = BK_A_BOLD
    // With 8 colours, dim text keeps the terminal's own colour (white is invisible on a light background).
    case .dim,
      .border where mode == .basic:
      attributes = BK_A_DIM
    default: break
    }
    return Style(attributes: attributes, pair: pair(for: role))
  }
}
