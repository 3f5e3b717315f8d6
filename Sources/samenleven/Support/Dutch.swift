/// ArgumentParser writes its own headings and parse errors in English; the users of this
/// toolkit read Dutch. This maps the fixed phrases; our own help texts are Dutch already.
enum Dutch {
    static let phrases: [(String, String)] = [
        ("OVERVIEW:", "OVERZICHT:"),
        ("USAGE:", "GEBRUIK:"),
        ("ARGUMENTS:", "ARGUMENTEN:"),
        ("OPTIONS:", "OPTIES:"),
        ("SUBCOMMANDS:", "SUBCOMMANDO'S:"),
        ("<subcommand>", "<subcommando>"),
        ("Show help information.", "Toon deze hulp."),
        ("Show the version.", "Toon de versie."),
        ("  See 'samenleven help <subcommand>' for detailed help.", "  Zie 'samenleven help <subcommando>' voor meer uitleg."),
        ("(default:", "(standaard:"),
        ("(values: ", "(waarden: "),
        ("Error: ", "fout: "),
        ("Missing expected argument", "Ontbrekend argument"),
        ("Unknown option", "Onbekende optie"),
        ("Unexpected argument", "Onverwacht argument"),
        ("Missing value for", "Geen waarde opgegeven voor"),
        ("The value", "De waarde"),
        ("is invalid for", "is ongeldig voor"),
        ("Help:  ", "Hulp:  "),
        ("Usage: ", "Gebruik: "),
        ("See 'samenleven", "Zie 'samenleven"),
        ("--help' for more help.", "--help' voor meer uitleg."),
        ("' for more information.", "' voor meer uitleg."),
        ("Did you mean", "Bedoelde u"),
    ]

    static func translate(_ text: String) -> String {
        phrases.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
