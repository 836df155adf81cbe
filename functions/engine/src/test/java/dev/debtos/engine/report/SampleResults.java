package dev.debtos.engine.report;

import static dev.debtos.engine.report.SampleSources.CART;
import static dev.debtos.engine.report.SampleSources.CHECKOUT;
import static dev.debtos.engine.report.SampleSources.IMPORT_LEGACY;
import static dev.debtos.engine.report.SampleSources.INVENTORY_CLIENT;
import static dev.debtos.engine.report.SampleSources.ORDER_SERVICE;
import static dev.debtos.engine.report.SampleSources.PAYMENT_GATEWAY;
import static dev.debtos.engine.report.SampleSources.SCRIPT_NAMED;
import static dev.debtos.engine.report.SampleSources.lineCount;
import static dev.debtos.engine.report.SampleSources.lineOf;

import dev.debtos.engine.analysis.AnalysisResult;
import dev.debtos.engine.analysis.DebtScore;
import dev.debtos.engine.analysis.Hotspot;
import dev.debtos.engine.analysis.InventorySummary;
import dev.debtos.engine.duplication.CloneGroup;
import dev.debtos.engine.duplication.CloneLocation;
import dev.debtos.engine.findings.DebtType;
import dev.debtos.engine.findings.Finding;
import dev.debtos.engine.findings.Severity;
import dev.debtos.engine.imports.DependencyCycle;
import dev.debtos.engine.metrics.FileMetrics;
import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.engine.satd.SatdCategory;
import dev.debtos.engine.satd.SatdComment;
import dev.debtos.engine.source.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A realistic analysis of {@link SampleSources}' shop: every section of a report has something in it. */
final class SampleResults {

    static final Instant ANALYZED_AT = Instant.parse("2026-11-20T09:30:00Z");
    static final String COMMIT = "9f2c4e1b7a3d5c8e0f1a2b3c4d5e6f708192a3b4";

    private SampleResults() {
    }

    static AnalysisResult shop() {
        return shop(findings());
    }

    /** The shop with {@code count} findings: the sample's, then generated ones spread over many files. */
    static AnalysisResult withFindings(int count) {
        List<Finding> findings = new ArrayList<>(findings());
        Severity[] severities = Severity.values();
        DebtType[] types = {DebtType.CODE_SMELL, DebtType.COMPLEXITY, DebtType.DUPLICATION, DebtType.DEAD_CODE};
        for (int i = findings.size(); i < count; i++) {
            String path = "src/main/java/com/acme/generated/Module" + (i % 97) + ".java";
            findings.add(new Finding("DEBT-GEN-" + String.format("%03d", i % 7), types[i % types.length],
                    severities[i % severities.length], path, 10 + i % 50, 14 + i % 50,
                    "Generated finding number " + i + " in module " + (i % 97), "evidence " + i, 5 + i % 60,
                    "gen-" + i, (i * 37 % 1000) / 10.0));
        }
        return shop(findings);
    }

    private static AnalysisResult shop(List<Finding> findings) {
        return new AnalysisResult("acme-shop", COMMIT, ANALYZED_AT, inventory(), files(), findings, clones(),
                cycles(), satd(), hotspots(), score(), Map.of("inventory", 41L, "measure", 388L, "duplication", 152L,
                        "imports", 37L, "history", 1204L, "rules", 96L, "score", 8L));
    }

    static List<Finding> findings() {
        int place = lineOf(ORDER_SERVICE, "public Order placeOrder");
        int placeEnd = lineOf(ORDER_SERVICE, "return new Order") + 1;
        return List.of(
                new Finding("DEBT-SECURITY-002", DebtType.SECURITY_ISSUE, Severity.CRITICAL, PAYMENT_GATEWAY,
                        lineOf(PAYMENT_GATEWAY, "API_KEY ="), lineOf(PAYMENT_GATEWAY, "API_KEY ="),
                        "Hard-coded secret: a live API key is committed in the source", "API_KEY = \"sk_live_…\"", 30,
                        "5d41402abc4b2a76b9719d911017c592", 64.0),
                new Finding("DEBT-COMPLEXITY-001", DebtType.COMPLEXITY, Severity.HIGH, ORDER_SERVICE, place, placeEnd,
                        "Method placeOrder has cyclomatic complexity 14 (threshold 10)", "cyclomatic=14", 45,
                        "7d793037a0760186574b0282f2f435e7", 52.5),
                new Finding("DEBT-GODCLASS-001", DebtType.GOD_CLASS, Severity.HIGH, ORDER_SERVICE, 6,
                        lineCount(ORDER_SERVICE), "OrderService prices, reserves stock and charges payments", "wmc=19",
                        240, "a3c65c2974270fd093ee8a9bf8ae7d0b", 31.0),
                new Finding("DEBT-CYCLE-001", DebtType.CIRCULAR_DEPENDENCY, Severity.MEDIUM, ORDER_SERVICE, 7, 7,
                        "OrderService and InventoryClient import each other", ORDER_SERVICE + " -> " + INVENTORY_CLIENT,
                        60, "c4ca4238a0b923820dcc509a6f75849b", 18.0),
                new Finding("DEBT-DUP-001", DebtType.DUPLICATION, Severity.MEDIUM, CART, 3, 8,
                        "6 lines duplicated in web/src/checkout.ts", "lineTotal", 20,
                        "e4da3b7fbbce2345d7772b0674a318d5", 12.5),
                new Finding("DEBT-CONFIG-001", DebtType.HARDCODED_CONFIG, Severity.LOW, PAYMENT_GATEWAY,
                        lineOf(PAYMENT_GATEWAY, "ENDPOINT ="), lineOf(PAYMENT_GATEWAY, "ENDPOINT ="),
                        "Hard-coded endpoint https://payments.internal.acme:8443/v2", "ENDPOINT", 10,
                        "1679091c5a880faf6fb5e6087eb1b2dc", 6.0),
                new Finding("DEBT-SMELL-004", DebtType.CODE_SMELL, Severity.INFO, SCRIPT_NAMED,
                        lineOf(SCRIPT_NAMED, "document.write"), lineOf(SCRIPT_NAMED, "document.write"),
                        "Avoid document.write('<div>'): it blocks parsing </td></tr><script>alert(2)</script>",
                        "document.write", 5, "8f14e45fceea167a5a36dedd4bea2543", 1.5),
                new Finding("DEBT-DEAD-001", DebtType.DEAD_CODE, Severity.LOW, IMPORT_LEGACY,
                        lineOf(IMPORT_LEGACY, "def old_import"), lineOf(IMPORT_LEGACY, "return [line"),
                        "Function old_import is never called", "old_import", 5, "c9f0f895fb98ab9159f51fd0297e236d", 4.0),
                new Finding("DEBT-LOCK-001", DebtType.MISSING_LOCK_FILE, Severity.MEDIUM, "", 0, 0,
                        "web/package.json has no package-lock.json: installs are not reproducible", "web/package.json",
                        15, "45c48cce2e2d7fbdea1afc51c7c6ad26", 9.0),
                new Finding("DEBT-TESTS-001", DebtType.MISSING_TESTS, Severity.HIGH, "", 0, 0,
                        "No test sources: 0 of 7 production files are covered by a test file", "tests=0", 480,
                        "d3d9446802a44259755d38e6d163e820", 40.0));
    }

    static List<FileMetrics> files() {
        return List.of(
                file(ORDER_SERVICE, Language.JAVA, 44, 4, 3, 37, List.of(
                        new FunctionMetrics("placeOrder", 11, 37, 25, 14, 22, 4, 3),
                        new FunctionMetrics("refund", 40, 42, 2, 1, 0, 0, 1))),
                file(INVENTORY_CLIENT, Language.JAVA, 12, 3, 0, 9, List.of(
                        new FunctionMetrics("reserve", 6, 8, 3, 1, 0, 0, 2),
                        new FunctionMetrics("backorder", 10, 11, 2, 1, 0, 0, 2))),
                file(PAYMENT_GATEWAY, Language.JAVA, 16, 4, 0, 12, List.of(
                        new FunctionMetrics("charge", 9, 11, 3, 1, 0, 0, 2),
                        new FunctionMetrics("refund", 13, 15, 3, 1, 0, 0, 2))),
                file(CART, Language.TYPESCRIPT, 10, 2, 0, 8, List.of(
                        new FunctionMetrics("lineTotal", 3, 8, 6, 2, 1, 0, 1))),
                file(CHECKOUT, Language.TYPESCRIPT, 14, 3, 0, 11, List.of(
                        new FunctionMetrics("lineTotal", 4, 9, 6, 2, 1, 0, 1),
                        new FunctionMetrics("checkout", 11, 13, 3, 1, 0, 0, 1))),
                file(SCRIPT_NAMED, Language.JAVASCRIPT, 4, 0, 1, 3, List.of(
                        new FunctionMetrics("render", 2, 4, 3, 1, 0, 0, 1))),
                file(IMPORT_LEGACY, Language.PYTHON, 17, 6, 2, 9, List.of(
                        new FunctionMetrics("main", 5, 8, 4, 3, 3, 2, 1),
                        new FunctionMetrics("old_import", 11, 13, 2, 2, 1, 0, 1))));
    }

    private static FileMetrics file(String path, Language language, int physical, int blank, int comment, int code,
                                    List<FunctionMetrics> functions) {
        return new FileMetrics(path, language, physical, blank, comment, code, functions);
    }

    static InventorySummary inventory() {
        return new InventorySummary(7, Map.of("java", 3, "typescript", 2, "javascript", 1, "python", 1),
                Map.of("java", 58, "typescript", 19, "javascript", 3, "python", 9),
                Map.of("gitignored", 212, "vendored", 1431, "generated", 12, "minified", 3, "binary", 27));
    }

    static List<CloneGroup> clones() {
        return List.of(
                new CloneGroup(58, 6, List.of(new CloneLocation(CART, 3, 8), new CloneLocation(CHECKOUT, 4, 9))),
                new CloneGroup(31, 3, List.of(new CloneLocation(PAYMENT_GATEWAY, 9, 11),
                        new CloneLocation(PAYMENT_GATEWAY, 13, 15))));
    }

    static List<DependencyCycle> cycles() {
        return List.of(new DependencyCycle(List.of(ORDER_SERVICE, INVENTORY_CLIENT)),
                new DependencyCycle(List.of("web/src/model.ts", "web/src/http.ts", "web/src/session.ts")));
    }

    static List<SatdComment> satd() {
        return List.of(
                new SatdComment(ORDER_SERVICE, lineOf(ORDER_SERVICE, "TODO"), "TODO", SatdCategory.DESIGN,
                        "split pricing out of this class once the tax rules are stable", "Dana Ruiz",
                        Instant.parse("2025-03-02T10:15:30Z")),
                new SatdComment(ORDER_SERVICE, lineOf(ORDER_SERVICE, "FIXME"), "FIXME", SatdCategory.DEFECT,
                        "refunds ignore the coupon applied at checkout", "Lee Park", Instant.parse("2026-01-11T16:00:00Z")),
                new SatdComment(INVENTORY_CLIENT, 4, "HACK", SatdCategory.DESIGN,
                        "back-reference to re-price on stock changes", null, null),
                new SatdComment(SCRIPT_NAMED, 1, "XXX", SatdCategory.REQUIREMENT,
                        "legacy widget </script><script>alert('xss')</script>", "mallory", null),
                new SatdComment(IMPORT_LEGACY, lineOf(IMPORT_LEGACY, "workaround"), "workaround", SatdCategory.DESIGN,
                        "workaround for the 2019 export format, no longer produced", null, null));
    }

    static List<Hotspot> hotspots() {
        return List.of(
                new Hotspot(ORDER_SERVICE, "java", 412, 87, 2650, 96, 6, "Dana Ruiz", 0.41, 0.92),
                new Hotspot(PAYMENT_GATEWAY, "java", 268, 54, 1210, 61, 4, "Lee Park", 0.55, 0.63),
                new Hotspot(CHECKOUT, "typescript", 190, 71, 980, 38, 5, "Sam Okafor", 0.38, 0.47),
                new Hotspot("src/main/java/com/acme/shop/PricingEngine.java", "java", 530, 23, 640, 88, 3,
                        "Dana Ruiz", 0.72, 0.44),
                new Hotspot(CART, "typescript", 120, 49, 720, 21, 4, "Sam Okafor", 0.51, 0.29),
                new Hotspot(INVENTORY_CLIENT, "java", 150, 33, 410, 24, 2, "Lee Park", 0.8, 0.21),
                new Hotspot("src/main/java/com/acme/shop/TaxRules.java", "java", 610, 12, 300, 74, 2, "Ana Lima",
                        0.9, 0.19),
                new Hotspot("web/src/session.ts", "typescript", 95, 28, 350, 14, 3, "Sam Okafor", 0.6, 0.12),
                new Hotspot(SCRIPT_NAMED, "javascript", 40, 19, 160, 6, 2, "mallory", 0.7, 0.08),
                new Hotspot("web/src/http.ts", "typescript", 60, 15, 140, 9, 2, "Sam Okafor", 0.66, 0.06),
                new Hotspot(IMPORT_LEGACY, "python", 70, 4, 30, 8, 1, "Ana Lima", 1.0, 0.03),
                new Hotspot("src/main/java/com/acme/shop/Customer.java", "java", 45, 9, 60, 3, 2, "Lee Park", 0.7,
                        0.02));
    }

    static DebtScore score() {
        return new DebtScore(910, 89, 0.3408, 'D',
                List.of("5d41402abc4b2a76b9719d911017c592", "1679091c5a880faf6fb5e6087eb1b2dc",
                        "45c48cce2e2d7fbdea1afc51c7c6ad26"),
                List.of("d3d9446802a44259755d38e6d163e820", "a3c65c2974270fd093ee8a9bf8ae7d0b",
                        "7d793037a0760186574b0282f2f435e7"),
                List.of("8f14e45fceea167a5a36dedd4bea2543", "c9f0f895fb98ab9159f51fd0297e236d",
                        "e4da3b7fbbce2345d7772b0674a318d5", "c4ca4238a0b923820dcc509a6f75849b"),
                java.util.Map.of("src/main/java/com/acme/shop/OrderService.java", 42.5, "web/src/checkout.ts", 12.0));
    }
}
