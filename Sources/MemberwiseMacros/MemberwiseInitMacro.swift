import SwiftCompilerPlugin
import SwiftSyntax
import SwiftSyntaxBuilder
import SwiftSyntaxMacros

/// `@MemberwiseInit`: writes the memberwise initialiser Swift synthesises, with the access level
/// of the type, so that a public value type need not spell out `self.x = x` for every field.
///
/// Rules, those of the synthesised initialiser:
/// - every stored property is a parameter, in declaration order, labelled by its name;
/// - a `var` with an initial value gets that value as its default, an optional `var` without one
///   defaults to `nil`; a `let` with an initial value is not a parameter;
/// - unlike the synthesised initialiser, a `private` property with an initial value is not a
///   parameter either: it is the type's own state (a cache), and the initialiser keeps the
///   type's access level instead of becoming private;
/// - function-typed parameters are `@escaping`;
/// - `unlabeled:` names the properties whose argument has no label (`_ name: String`).
public struct MemberwiseInitMacro: MemberMacro {
    public static func expansion(
        of node: AttributeSyntax,
        providingMembersOf declaration: some DeclGroupSyntax,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        guard declaration.is(StructDeclSyntax.self) || declaration.is(ClassDeclSyntax.self) else {
            throw MemberwiseError("@MemberwiseInit applies to a struct or a class")
        }
        let unlabeled = try unlabeledNames(node)
        var parameters: [String] = []
        var assignments: [String] = []
        var seen: Set<String> = []
        for member in declaration.memberBlock.members {
            guard let variable = member.decl.as(VariableDeclSyntax.self), isStored(variable) else { continue }
            let isLet = variable.bindingSpecifier.tokenKind == .keyword(.let)
            let isPrivate = variable.modifiers.contains {
                [.keyword(.private), .keyword(.fileprivate)].contains($0.name.tokenKind) && $0.detail == nil
            }
            for binding in variable.bindings {
                guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.trimmedDescription else {
                    throw MemberwiseError("@MemberwiseInit: a stored property needs a plain name")
                }
                // A constant with its value, or private state with its starting value, is no argument.
                if (isLet || isPrivate) && binding.initializer != nil { continue }
                guard let type = binding.typeAnnotation?.type ?? typeOfGroup(variable, after: binding) else {
                    throw MemberwiseError("@MemberwiseInit: property '\(name)' needs a type annotation")
                }
                var parameter = "\(unlabeled.contains(name) ? "_ " : "")\(name): \(isFunction(type) ? "@escaping " : "")\(type.trimmedDescription)"
                if !isLet, let initial = binding.initializer?.value {
                    parameter += " = \(initial.trimmedDescription)"
                } else if !isLet, isOptional(type) {
                    parameter += " = nil"
                }
                parameters.append(parameter)
                assignments.append("self.\(name) = \(name)")
                seen.insert(name)
            }
        }
        if let missing = unlabeled.subtracting(seen).sorted().first {
            throw MemberwiseError("@MemberwiseInit: unlabeled '\(missing)' is not a stored property")
        }
        let access = accessLevel(of: declaration)
        let signature = parameters.isEmpty ? "" : "\n    " + parameters.joined(separator: ",\n    ") + "\n"
        let body = assignments.joined(separator: "\n    ")
        return ["\(raw: access)init(\(raw: signature)) {\n    \(raw: body)\n}"]
    }

    /// Stored, not static, not computed (observers keep a property stored).
    private static func isStored(_ variable: VariableDeclSyntax) -> Bool {
        if variable.modifiers.contains(where: { [.keyword(.static), .keyword(.class), .keyword(.lazy)].contains($0.name.tokenKind) }) {
            return false
        }
        return variable.bindings.allSatisfy { binding in
            switch binding.accessorBlock?.accessors {
            case .none: return true
            case .getter: return false
            case .accessors(let list):
                return list.allSatisfy { [.keyword(.willSet), .keyword(.didSet)].contains($0.accessorSpecifier.tokenKind) }
            }
        }
    }

    /// `var a, b: Int`: `a` takes the type written after the group.
    private static func typeOfGroup(_ variable: VariableDeclSyntax, after binding: PatternBindingSyntax) -> TypeSyntax? {
        guard let index = variable.bindings.firstIndex(where: { $0.id == binding.id }) else { return nil }
        return variable.bindings[index...].first(where: { $0.typeAnnotation != nil })?.typeAnnotation?.type
    }

    private static func isOptional(_ type: TypeSyntax) -> Bool {
        type.is(OptionalTypeSyntax.self) || type.is(ImplicitlyUnwrappedOptionalTypeSyntax.self)
            || type.as(IdentifierTypeSyntax.self)?.name.text == "Optional"
    }

    private static func isFunction(_ type: TypeSyntax) -> Bool {
        if type.is(FunctionTypeSyntax.self) { return true }
        if let attributed = type.as(AttributedTypeSyntax.self) { return isFunction(attributed.baseType) }
        if let tuple = type.as(TupleTypeSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first {
            return isFunction(only.type)
        }
        return false
    }

    private static func accessLevel(of declaration: some DeclGroupSyntax) -> String {
        for modifier in declaration.modifiers {
            switch modifier.name.tokenKind {
            case .keyword(.public), .keyword(.open): return "public "
            case .keyword(.package): return "package "
            case .keyword(.fileprivate), .keyword(.private): return "fileprivate "
            default: continue
            }
        }
        return ""
    }

    private static func unlabeledNames(_ node: AttributeSyntax) throws -> Set<String> {
        guard let arguments = node.arguments?.as(LabeledExprListSyntax.self) else { return [] }
        var names: Set<String> = []
        // `unlabeled: "a", "b"`: a variadic list, labelled at its first element only.
        for (index, argument) in arguments.enumerated() {
            guard argument.label?.text == (index == 0 ? "unlabeled" : nil) else {
                throw MemberwiseError("@MemberwiseInit takes only unlabeled: \"name\", ...")
            }
            guard let literal = argument.expression.as(StringLiteralExprSyntax.self),
                  let text = literal.representedLiteralValue else {
                throw MemberwiseError("@MemberwiseInit(unlabeled:) takes string literals")
            }
            names.insert(text)
        }
        return names
    }
}

struct MemberwiseError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

@main
struct MemberwisePlugin: CompilerPlugin {
    let providingMacros: [Macro.Type] = [MemberwiseInitMacro.self]
}
