package dev.debtos.engine.report;

import dev.debtos.engine.findings.DebtType;

/** What each debt type is called and means, for people reading a report (rule descriptions, chart labels). */
record DebtTypeText(String title, String description) {

    static DebtTypeText of(DebtType type) {
        return switch (type) {
            case CODE_SMELL -> new DebtTypeText("Code smell",
                    "Code that works but is harder to read or change than it needs to be.");
            case COMPLEXITY -> new DebtTypeText("Complexity",
                    "A function or file with so many paths or so much nesting that it is hard to understand and test.");
            case DUPLICATION -> new DebtTypeText("Duplication",
                    "The same code in several places: every fix has to be made in each copy.");
            case DEAD_CODE -> new DebtTypeText("Dead code",
                    "Code that nothing calls or that can never run, still read and maintained.");
            case CIRCULAR_DEPENDENCY -> new DebtTypeText("Circular dependency",
                    "Files that import each other in a cycle, so none of them can change or be tested alone.");
            case LAYER_VIOLATION -> new DebtTypeText("Layer violation",
                    "A dependency that crosses the architecture's layers in the forbidden direction.");
            case GOD_CLASS -> new DebtTypeText("God class",
                    "A class that knows and does too much: large, complex and depended on by much of the code.");
            case FEATURE_ENVY -> new DebtTypeText("Feature envy",
                    "A method that uses another class's data more than its own.");
            case OUTDATED_DEPENDENCY -> new DebtTypeText("Outdated dependency",
                    "A dependency several releases behind: upgrades get harder the longer they wait.");
            case VULNERABLE_DEPENDENCY -> new DebtTypeText("Vulnerable dependency",
                    "A dependency version with a published vulnerability.");
            case MISSING_LOCK_FILE -> new DebtTypeText("Missing lock file",
                    "Dependencies resolved without a lock file, so builds are not reproducible.");
            case LOW_COVERAGE -> new DebtTypeText("Low coverage",
                    "Code that the tests barely exercise, so changes to it go unchecked.");
            case MISSING_TESTS -> new DebtTypeText("Missing tests",
                    "Production code with no tests at all.");
            case FLAKY_TESTS -> new DebtTypeText("Flaky tests",
                    "Tests that pass and fail on the same code, eroding trust in the build.");
            case MISSING_DOCS -> new DebtTypeText("Missing documentation",
                    "Public code or a project without the documentation its users need.");
            case OUTDATED_DOCS -> new DebtTypeText("Outdated documentation",
                    "Documentation that no longer matches the code.");
            case HARDCODED_CONFIG -> new DebtTypeText("Hard-coded configuration",
                    "Settings such as hosts, paths or limits written into the code instead of configuration.");
            case SECURITY_ISSUE -> new DebtTypeText("Security issue",
                    "Code that may be exploitable or that weakens the application's security.");
        };
    }

    /** {@code CIRCULAR_DEPENDENCY} → {@code CircularDependency}: SARIF's rule names are identifiers. */
    static String identifier(DebtType type) {
        StringBuilder name = new StringBuilder();
        for (String word : type.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.toString();
    }
}
