/// The pane ids in focus order (Tab, →).
public enum PaneID: Int, CaseIterable, Sendable {
  case municipalities, ladder, cycle, scale, checks, profile
}
