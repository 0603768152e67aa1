import Foundation

/// A day in the Gregorian calendar, written `YYYY-MM-DD`: record ids, as-of dates, dates of regulations and forms.
/// Years 1900–2099 only, so the same rule fits in the JSON Schema's pattern.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  // Four bytes: every form and regulation holds several dates, and 10,000 profiles hold many forms.
  private let storedYear: Int16
  private let storedMonth: UInt8
  private let storedDay: UInt8

  /// The year, 1900–2099.
  public var year: Int { Int(storedYear) }
  /// The month, 1–12.
  public var month: Int { Int(storedMonth) }
  /// The day of the month, from 1.
  public var day: Int { Int(storedDay) }

  static let supportedYears = 1900...2099

  /// Nil unless the numbers make a real date in the supported years.
  public init?(year: Int, month: Int, day: Int) {
    guard Self.supportedYears.contains(year), (1...12).contains(month),
      (1...Self.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    storedYear = Int16(year)
    storedMonth = UInt8(month)
    storedDay = UInt8(day)
  }

  /// Parses exactly `YYYY-MM-DD`; nil for anything else or an impossible date.
  public init?(_ text: some StringProtocol) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        let b = bytes[i]
        guard b >= 0x30 && b <= 0x39 else { return nil }
        value = value * 10 + Int(b - 0x30)
      }
      return value
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
    self.init(year: y, month: m, day: d)
  }

  static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// The date as `YYYY-MM-DD`.
  public var description: String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
    return "\(year)-\(two(month))-\(two(day))"
  }

  /// Days since 1970-01-01 (negative before), for differences between dates.
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// Days from this date to `other`: positive when `other` is later.
  public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }

  /// Whether `a` is the earlier day.
  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    (a.storedYear, a.storedMonth, a.storedDay) < (b.storedYear, b.storedMonth, b.storedDay)
  }

  /// Today in the given time zone (Europe/Amsterdam for the product: the date a Dutch user sees on the wall).
  public static func today(timeZone: String = "Europe/Amsterdam", now: Date = Date()) -> CalendarDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 3600)!
    let parts = calendar.dateComponents([.year, .month, .day], from: now)
    return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
      ?? CalendarDate(year: 2099, month: 12, day: 31)!
  }
}

/// Dates the product's rules depend on (domain.md §5).
extension CalendarDate {
  /// The three laws came into force on this day; an as-of date before it is refused.
  public static let lawsInForce = CalendarDate(year: 2015, month: 1, day: 1)!
  /// The new Gemeentewet art. 150 is in force from this day; readiness is not applicable before it.
  public static let article150InForce = CalendarDate(year: 2025, month: 1, day: 1)!
  /// The date by which every municipality must have a participatieverordening.
  public static let participationOrdinanceDeadline = CalendarDate(year: 2027, month: 1, day: 1)!
}
