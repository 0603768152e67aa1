/// The inner width of a pane's frame: the border and a margin of one column on each side.
func paneInnerWidth(_ rect: Rect) -> Int { rect.inner.inset(left: 1, right: 1).width }
