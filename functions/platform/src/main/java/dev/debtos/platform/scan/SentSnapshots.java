package dev.debtos.platform.scan;

import dev.debtos.engine.metrics.FunctionMetrics;
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
        int n = files.size();
        String[] paths = new String[n];
        String[] languages = new String[n];
        Integer[] locs = new Integer[n];
        Integer[] complexities = new Integer[n];
        Integer[] churns = new Integer[n];
        Double[] scores = new Double[n];
        String[] hashes = new String[n];
        String[] measurements = new String[n];
        for (int i = 0; i < n; i++) {
            FileSnapshot file = files.get(i);
            paths[i] = file.path();
            languages[i] = file.language();
            locs[i] = Math.max(0, file.loc());
            complexities[i] = Math.max(0, file.complexity());
            churns[i] = Math.max(0, file.churn());
            scores[i] = Math.max(0, file.hotspotScore());
            hashes[i] = file.contentHash();
            measurements[i] = file.measurements();
        }
        rows.setObject(1, scanId);
        rows.setArray(2, transaction.createArrayOf("uuid", ids));
        rows.setArray(3, transaction.createArrayOf("text", paths));
        rows.setArray(4, transaction.createArrayOf("text", languages));
        rows.setArray(5, transaction.createArrayOf("int4", locs));
        rows.setArray(6, transaction.createArrayOf("int4", complexities));
        rows.setArray(7, transaction.createArrayOf("int4", churns));
        rows.setArray(8, transaction.createArrayOf("float8", scores));
        rows.setArray(9, transaction.createArrayOf("text", hashes));
        rows.setArray(10, transaction.createArrayOf("text", measurements));
        rows.executeUpdate();
    }

    private static void insertFunctions(Connection transaction, PreparedStatement functions, UUID[] ids,
                                        List<FileSnapshot> files) throws SQLException {
        List<UUID> snapshots = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        List<Integer> nlocs = new ArrayList<>();
        List<Integer> cyclomatic = new ArrayList<>();
        List<Integer> cognitive = new ArrayList<>();
        List<Integer> nesting = new ArrayList<>();
        List<Integer> params = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            for (FunctionMetrics f : files.get(i).functions()) {
                int start = Math.max(1, f.startLine());
                snapshots.add(ids[i]);
                names.add(f.name() == null || f.name().isEmpty() ? "<anonymous>" : f.name());
                starts.add(start);
                ends.add(Math.max(start, f.endLine()));
                nlocs.add(Math.max(0, f.nloc()));
                cyclomatic.add(Math.max(1, f.cyclomatic()));
                cognitive.add(Math.max(0, f.cognitive()));
                nesting.add(Math.max(0, f.maxNesting()));
                params.add(Math.max(0, f.parameters()));
            }
        }
        if (snapshots.isEmpty()) {
            return;
        }
        functions.setArray(1, transaction.createArrayOf("uuid", snapshots.toArray()));
        functions.setArray(2, transaction.createArrayOf("text", names.toArray()));
        functions.setArray(3, transaction.createArrayOf("int4", starts.toArray()));
        functions.setArray(4, transaction.createArrayOf("int4", ends.toArray()));
        functions.setArray(5, transaction.createArrayOf("int4", nlocs.toArray()));
        functions.setArray(6, transaction.createArrayOf("int4", cyclomatic.toArray()));
        functions.setArray(7, transaction.createArrayOf("int4", cognitive.toArray()));
        functions.setArray(8, transaction.createArrayOf("int4", nesting.toArray()));
        functions.setArray(9, transaction.createArrayOf("int4", params.toArray()));
        functions.executeUpdate();
    }
}
