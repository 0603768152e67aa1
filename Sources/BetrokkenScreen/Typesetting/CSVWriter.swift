import BetrokkenModel
import Foundation

/// Writes rows of fields as CSV in one of two dialects. Both quote a field that holds the separator, a double
/// quote, a carriage return or a line feed, doubling the quotes inside (RFC 4180), and end every row, the last one
/// too, with CRLF. Text is UTF-8; a line break inside a field is written as LF (inside the quotes), other control
/// characters are replaced, as everywhere the program writes text from the profiles.
public struct CSVWriter: Sendable {
  /// A CSV dialect: what separates fields, how decimals are written, and whether a byte-order mark comes first.
  public enum Dialect: Sendable {
    /// RFC 4180: comma, decimal point, UTF-8 without a byte-order mark.
    case rfc4180
    /// What a spreadsheet in a Dutch locale opens as columns: semicolon, decimal comma, a UTF-8 byte-order mark
    /// (so accents survive), whole numbers without grouping.
    case dutchSpreadsheet
  }

  /// The dialect written.
  public var dialect: Dialect

  /// A writer for `dialect`.
  public init(_ dialect: Dialect) {
    self.dialect = dialect
  }

  /// The character between fields: `,` or `;`.
  public var separator: Character { dialect == .rfc4180 ? "," : ";" }

  /// The character before the fraction of a decimal number: `.` or `,`.
  public var decimalSeparator: Character { dialect == .rfc4180 ? "." : "," }

  /// What comes before the first row: nothing, or the UTF-8 byte-order mark.
  public var preamble: String { dialect == .rfc4180 ? "" : "\u{FEFF}" }

  /// Every row ends in CRLF, as RFC 4180 writes and spreadsheets read.
  public static let lineEnd = "\r\n"

  /// The whole text: the preamble, then each row ending in CRLF.
  public func text(_ rows: [[String]]) -> String {
    preamble + rows.map { row($0) + Self.lineEnd }.joined()
  }

  /// One row without its line end: the fields, each quoted when it needs to be, between separators.
  public func row(_ fields: [String]) -> String {
    fields.map { field($0) }.joined(separator: String(separator))
  }

  /// A field as written: quoted (with its quotes doubled) when it holds the separator, `"`, CR or LF.
  public func field(_ value: String) -> String {
    // Line breaks inside a field are kept (quoted) as LF; other control characters are replaced.
    let clean = Sanitizer.sanitize(
      value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    ).text
    let separatorScalar = separator.unicodeScalars.first
    let needsQuotes = clean.unicodeScalars.contains {
      $0 == separatorScalar || $0 == "\"" || $0 == "\n" || $0 == "\r"
    }
    guard needsQuotes else { return clean }
    return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A whole number without grouping: `232650`.
  public func integer(_ value: Int) -> String { String(value) }

  /// A decimal number with at most `fractionDigits` digits after the separator, trailing zeros left out:
  /// `129.19` / `129,19`, `185.6` / `185,6`, `76`.
  public func decimal(_ value: Double, fractionDigits: Int = 2) -> String {
    guard value.isFinite else { return "" }
    let digits = max(0, min(9, fractionDigits))
    var scale = 1
    for _ in 0..<digits { scale *= 10 }
    guard abs(value) * Double(scale) < 9.0e18 else { return String(value) }
    let scaled = Int((abs(value) * Double(scale)).rounded())
    let whole = scaled / scale
    var fraction = digits == 0 ? "" : String(scaled % scale)
    if digits > 0 {
      fraction = String(repeating: "0", count: digits - fraction.count) + fraction
      while fraction.last == "0" { fraction.removeLast() }
    }
    let sign = value < 0 && scaled != 0 ? "-" : ""
    return sign + String(whole) + (fraction.isEmpty ? "" : String(decimalSeparator) + fraction)
  }
}
