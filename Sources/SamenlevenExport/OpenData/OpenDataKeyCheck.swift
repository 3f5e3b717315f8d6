/// Checks what `datapackage.json` promises before anything is written: every primary key is
/// unique and complete, and every foreign key finds its row. A package that breaks its own
/// schema is not published.
public enum OpenDataKeyCheck {
    /// Dutch descriptions of every violation (empty: all keys hold).
    public static func violations(_ resources: [OpenDataResource]) -> [String] {
        var problems: [String] = []
        let byName = Dictionary(resources.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

        func key(_ row: [OpenDataValue], _ indices: [Int]) -> [String]? {
            var parts: [String] = []
            for i in indices {
                switch row[i] {
                case .empty: return nil
                default: parts.append(OpenDataCSV.cell(row[i]))
                }
            }
            return parts
        }

        for resource in resources {
            let pk = resource.primaryKey.compactMap(resource.fieldIndex)
            precondition(pk.count == resource.primaryKey.count, "\(resource.name): primary key names an unknown field")
            var seen: [[String]: Int] = [:]
            for (n, row) in resource.rows.enumerated() {
                let rij = n + 2
                guard let k = key(row, pk) else {
                    problems.append("\(resource.csvFileName):\(rij): primaire sleutel (\(resource.primaryKey.joined(separator: ", "))) is onvolledig")
                    continue
                }
                if let first = seen[k] {
                    problems.append("\(resource.csvFileName):\(rij): primaire sleutel \(k.joined(separator: "|")) staat ook op rij \(first)")
                } else {
                    seen[k] = rij
                }
            }

            for fk in resource.foreignKeys {
                let target = fk.resource.isEmpty ? resource : byName[fk.resource]
                guard let target else {
                    problems.append("\(resource.name): vreemde sleutel naar onbekende tabel '\(fk.resource)'")
                    continue
                }
                let local = fk.fields.compactMap(resource.fieldIndex)
                let remote = fk.referenceFields.compactMap(target.fieldIndex)
                precondition(local.count == fk.fields.count && remote.count == fk.referenceFields.count,
                             "\(resource.name): foreign key names an unknown field")
                let targets = Set(target.rows.compactMap { key($0, remote) })
                for (n, row) in resource.rows.enumerated() {
                    // A key with an empty part does not reference anything (Table Schema).
                    guard let k = key(row, local), !targets.contains(k) else { continue }
                    problems.append("\(resource.csvFileName):\(n + 2): \(fk.fields.joined(separator: ", ")) = \(k.joined(separator: "|")) "
                                    + "staat niet in \(target.csvFileName) (\(fk.referenceFields.joined(separator: ", ")))")
                }
            }
        }
        return problems
    }
}
