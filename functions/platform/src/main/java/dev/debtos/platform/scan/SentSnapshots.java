package dev.debtos.platform.scan;

import dev.debtos.engine.metrics.FunctionMetrics;
import dev.debtos.platform.db.UnnestColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Snapshots written whole: their rows and their function rows as one {@code INSERT ... SELECT FROM unnest(...)} each per
 * {@value #FILES_PER_STATEMENT} files, instead of one execution per row (a first scan of java.base writes ≈ 3,400
 * files and ≈ 51,000 function rows). The values are those a row-by-row insert stores: counts below zero become zero,
 * a function's lines are at least 1 and end no earlier than they start, an unnamed function is {@code <anonymous>}.
 */
final class SentSnapshots {
    private static final int FILES_PER_STATEMENT = 1_000;
    private static final UnnestColumns<FileSnapshot> ROWS = SnapshotColumns.MEASURED.and("text", FileSnapshot::measurements);
    private static final UnnestColumns<SnapshotFunction> FUNCTIONS = UnnestColumns.<SnapshotFunction>of()
            .and("uuid", SnapshotFunction::snapshot)
            .and("text", SnapshotFunction::name)
            .and("int4", SnapshotFunction::start)
            .and("int4", row -> Math.max(row.start(), row.function().endLine()))
            .and("int4", row -> Math.max(0, row.function().nloc()))
            .and("int4", row -> Math.max(1, row.function().cyclomatic()))
            .and("int4", row -> Math.max(0, row.function().cognitive()))
            .and("int4", row -> Math.max(0, row.function().maxNesting()))
            .and("int4", row -> Math.max(0, row.function().parameters()));

    /** A function_metrics row: the function and the snapshot it belongs to. */
    private record SnapshotFunction(UUID snapshot, FunctionMetrics function) {
        String name() {
            return function.name() == null || function.name().isEmpty() ? "<anonymous>" : function.name();
        }

        int start() {
            return Math.max(1, function.startLine());
        }
    }

    private SentSnapshots() {
    }

    static void insert(Connection transaction, UUID scanId, List<FileSnapshot> files) throws SQLException {
        try (PreparedStatement rows = transaction.prepareStatement("""
                INSERT INTO file_snapshots (id, scan_id, path, language, loc, complexity, churn, hotspot_score, content_hash,
                                            measurements)
                SELECT m.id, ?, m.path, m.language, m.loc, m.complexity, m.churn, m.score, m.hash, m.measurements::jsonb
                  FROM unnest(?::uuid[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::float8[], ?::text[], ?::text[])
                       AS m(id, path, language, loc, complexity, churn, score, hash, measurements)""");
             PreparedStatement functions = transaction.prepareStatement("""
                INSERT INTO function_metrics (snapshot_id, name, start_line, end_line, nloc, cyclomatic, cognitive, nesting, params)
                SELECT * FROM unnest(?::uuid[], ?::text[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[])""")) {
            for (int from = 0; from < files.size(); from += FILES_PER_STATEMENT) {
                List<FileSnapshot> chunk = files.subList(from, Math.min(files.size(), from + FILES_PER_STATEMENT));
                UUID[] ids = new UUID[chunk.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = UUID.randomUUID();
                }
                insertRows(transaction, rows, scanId, ids, chunk); // parents first: function_metrics references file_snapshots
                insertFunctions(transaction, functions, ids, chunk);
            }
        }
    }

    private static void insertRows(Connection transaction, PreparedStatement rows, UUID scanId, UUID[] ids,
                                   List<FileSnapshot> files) throws SQLException {
        rows.setObject(1, scanId);
        rows.setArray(2, transaction.createArrayOf("uuid", ids));
        ROWS.bind(transaction, rows, 3, files);
        rows.executeUpdate();
    }

    private static void insertFunctions(Connection transaction, PreparedStatement functions, UUID[] ids,
                                        List<FileSnapshot> files) throws SQLException {
        List<SnapshotFunction> rows = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            for (FunctionMetrics function : files.get(i).functions()) {
                rows.add(new SnapshotFunction(ids[i], function));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        FUNCTIONS.bind(transaction, functions, 1, rows);
        functions.executeUpdate();
    }
}
