/// Splits RFC 4180 CSV text into rows of fields (quoted fields may hold commas, newlines and doubled quotes).
/// Works on UTF-8 bytes; a field is turned into a String once, when it ends.
enum CSVReader {
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field: [UInt8] = []
    var inQuotes = false
    let bytes = Array(text.utf8)
    var i = 0
    func endField() {
      row.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
    }
    while i < bytes.count {
      let b = bytes[i]
      i += 1
      if inQuotes {
        if b == UInt8(ascii: "\"") {
          if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
            field.append(b)
            i += 1
          } else {
            inQuotes = false
          }
        } else {
          field.append(b)
        }
        continue
      }
      switch b {
      case UInt8(ascii: "\""): inQuotes = true
      case UInt8(ascii: ","): endField()
      case UInt8(ascii: "\r"): continue
      case UInt8(ascii: "\n"):
        endField()
        rows.append(row)
        row = []
      default: field.append(b)
      }
    }
    if !field.isEmpty || !row.isEmpty {
      endField()
      rows.append(row)
    }
    return rows
  }
}
