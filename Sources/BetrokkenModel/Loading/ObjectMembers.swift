/// The members of a checked object, looked up by key. Decoders read keys in the documented order, so the
/// lookup tries the key after the previous one first.
final class ObjectMembers {
  let keys: [String]
  let slots: [JSONNode?]
  private var next = 0

  init(keys: [String], slots: [JSONNode?]) {
    self.keys = keys
    self.slots = slots
  }

  subscript(key: String) -> JSONNode? {
    let index: Int
    if next < keys.count, keys[next] == key {
      index = next
    } else if let found = keys.firstIndex(of: key) {
      index = found
    } else {
      return nil
    }
    next = index + 1
    return slots[index]
  }
}
