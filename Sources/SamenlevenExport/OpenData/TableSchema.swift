/// Table Schema v2 descriptors for the package's resources.
enum TableSchema {
    enum Physical { case csv, json }

    static func descriptor(_ resource: OpenDataResource, for physical: Physical) -> JSONValue {
        var members: [(String, JSONValue)] = [("$schema", .string(DataPackageDescriptor.profile + "tableschema.json")),
                                              ("fields", .array(resource.fields.map { field($0, physical) }))]
        members.append(("missingValues", .array([.string("")])))
        members.append(("primaryKey", .array(resource.primaryKey.map(JSONValue.string))))
        if !resource.foreignKeys.isEmpty {
            members.append(("foreignKeys", .array(resource.foreignKeys.map { fk in
                // Table Schema v2: a key into the resource itself has no `resource`.
                .object([("fields", .array(fk.fields.map(JSONValue.string))),
                         ("reference", .object((fk.resource.isEmpty ? [] : [("resource", .string(fk.resource))])
                                               + [("fields", .array(fk.referenceFields.map(JSONValue.string)))]))])
            })))
        }
        return .object(members)
    }

    static func field(_ f: OpenDataField, _ physical: Physical) -> JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(f.name)), ("type", .string(f.type.rawValue)), ("format", .string("default"))]
        members.append(("description", .string(f.description)))
        switch f.type {
        case .number:
            // A JSON number has no notation; only the CSV text of the Belgian column uses a comma.
            if physical == .csv, let decimalChar = f.decimalChar { members.append(("decimalChar", .string(decimalChar))) }
            members.append(("bareNumber", .bool(true)))
        case .boolean:
            members.append(("trueValues", .array([.string("true")])))
            members.append(("falseValues", .array([.string("false")])))
        case .string, .integer, .date:
            break
        }
        var constraints: [(String, JSONValue)] = []
        if f.required { constraints.append(("required", .bool(true))) }
        if let minimum = f.minimum { constraints.append(("minimum", .integer(minimum))) }
        if let values = f.enumeration {
            constraints.append(("enum", .array(values.map { f.type == .integer ? .number($0) : .string($0) })))
        }
        if let pattern = f.pattern { constraints.append(("pattern", .string(pattern))) }
        if !constraints.isEmpty { members.append(("constraints", .object(constraints))) }
        return .object(members)
    }
}
