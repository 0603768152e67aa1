func trimTrailing(_ s: String) -> String {
  var s = Substring(s)
  while s.last == " " { s = s.dropLast() }
  return String(s)
}
