import Foundation

extension DataSet {
  /// Loads every layer, lowest first, and merges them: the register (a layer may only add municipalities),
  /// profiles per (code, record id), shared bodies per id. A file with errors in a higher layer hides nothing
  /// silently: that municipality's lower records are not shown in its place, and the reason is a diagnostic.
  /// `paths`, when given, replace the layers' profiles (as `validate PATH…` does).
  public static func load(layers: [DataLayer], shipped: String?, paths: [String] = [], asOf: CalendarDate) -> DataSet {
    var diagnostics: [Diagnostic] = []
    let directories = layers.map { $0.directory(shipped: shipped) }

    // The register: the lowest layer's (or the shipped one), then additions.
    var registry = MunicipalityRegistry([])
    var registryFile: [String: String] = [:]
    var registryLoaded = false
    for directory in directories {
      guard let path = directory.ownRegistryPath ?? (registryLoaded ? nil : directory.registryPath) else { continue }
      let (layerRegistry, problems) = MunicipalityRegistry.load(from: path)
      diagnostics += problems
      if !registryLoaded {
        registry = layerRegistry
        for m in layerRegistry.municipalities { registryFile[m.code] = path }
        registryLoaded = true
        continue
      }
      var added: [Municipality] = []
      for m in layerRegistry.municipalities {
        if let existing = registry[m.code] {
          if existing != m {
            diagnostics.append(
              Diagnostic(
                .error, file: path,
                .registryEntryChanged(code: m.code, registryFile: registryFile[m.code])))
          }
        } else {
          added.append(m)
          registryFile[m.code] = path
        }
      }
      registry = MunicipalityRegistry(registry.municipalities + added)
    }

    // Profiles, layer by layer.
    var merged: [String: Profile] = [:]
    var order: [String] = []
    var filesRead = 0
    var validFiles = 0
    let layerSources: [(DataLayer?, [String])] =
      paths.isEmpty
      ? zip(layers, directories).map { ($0, [$1.profilesPath]) }
      : [(nil, paths)]
    for (layer, sourcePaths) in layerSources {
      let result = ProfileLoader.load(paths: sourcePaths, registry: registry)
      filesRead += result.filesRead
      validFiles += result.profiles.count
      diagnostics += result.diagnostics
      // A broken file hides the municipality's lower records rather than letting them stand in its place.
      for file in Set(result.diagnostics.filter { $0.severity == .error }.map(\.file)) {
        let name = (file as NSString).lastPathComponent
        let code = String(name.prefix(6))
        guard name.hasSuffix(".json"), ProfileDecoder.isMunicipalityCode(code), merged[code] != nil else { continue }
        merged[code] = nil
        order.removeAll { $0 == code }
        diagnostics.append(
          Diagnostic(
            .error, file: file,
            .profileWithErrorsHidesLowerLayers(code: code)))
      }
      for var profile in result.profiles {
        if let layer {
          for i in profile.records.indices {
            profile.records[i].origin = RecordOrigin(layer: layer, file: profile.file)
          }
        }
        if var lower = merged[profile.code] {
          for record in profile.records {
            lower.records.removeAll { $0.id == record.id }
            lower.records.append(record)
          }
          lower.records.sort { $0.id < $1.id }
          lower.file = profile.file
          lower.fileFormatVersion = profile.fileFormatVersion
          merged[profile.code] = lower
        } else {
          merged[profile.code] = profile
          order.append(profile.code)
        }
      }
    }
    let profiles = ProfileLoader.sortedByName(order.compactMap { merged[$0] })

    // Shared bodies: a higher layer's body replaces a lower one with the same id.
    var bodies: [String: SharedBody] = [:]
    var bodyOrder: [String] = []
    var anyBodies = false
    for directory in directories {
      guard let bodiesPath = directory.bodiesPath else { continue }
      anyBodies = true
      let (layerBodies, problems) = BodyLoader.load(directory: bodiesPath, registry: registry)
      diagnostics += problems
      // As with profiles: a broken body file hides the lower layers' body of that id instead of letting it stand in.
      for file in Set(problems.filter { $0.severity == .error }.map(\.file)) {
        let name = (file as NSString).lastPathComponent
        guard name.hasSuffix(".json") else { continue }
        let id = String(name.dropLast(5))
        guard bodies[id] != nil else { continue }
        bodies[id] = nil
        bodyOrder.removeAll { $0 == id }
        diagnostics.append(
          Diagnostic(
            .error, file: file,
            .bodyWithErrorsHidesLowerLayers(id: id)))
      }
      for body in layerBodies {
        if bodies[body.id] == nil { bodyOrder.append(body.id) }
        bodies[body.id] = body
      }
    }
    let bodyList = bodyOrder.compactMap { bodies[$0] }
    diagnostics += BodyMembershipCheck.diagnostics(
      profiles: profiles, bodies: bodyList, asOf: asOf, bodiesLoaded: anyBodies)
    return DataSet(
      registry: registry, profiles: profiles, diagnostics: diagnostics, filesRead: filesRead, asOf: asOf,
      bodies: bodyList, layers: layers, validFiles: validFiles)
  }
}
