/// The scroll offset that keeps `line` visible in a pane of `height` lines, moving as little as possible.
func scrollKeeping(_ line: Int, visibleFrom scroll: Int, height: Int) -> Int {
  if line < scroll { return line }
  if line >= scroll + height { return line - height + 1 }
  return scroll
}
