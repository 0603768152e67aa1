func pad(_ text: String, _ width: Int) -> String {
  let w = DisplayWidth.of(text)
  return w >= width ? text + " " : text + String(repeating: " ", count: width - w)
}
