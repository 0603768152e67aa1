/// The text without its trailing spaces. Works on the UTF-8 bytes: `Substring.dropLast()` counts the whole string
/// each time, which made trimming a wide line of non-ASCII text quadratic.
func trimTrailing(_ s: String) -> String {
  let utf8 = s.utf8
  var end = utf8.endIndex
  while end > utf8.startIndex {
    let before = utf8.index(before: end)
    guard utf8[before] == UInt8(ascii: " ") else { break }
    end = before
  }
  return end == utf8.endIndex ? s : String(decoding: utf8[..<end], as: UTF8.self)
}
