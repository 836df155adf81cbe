package dev.debtos.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The array parameters of one {@code unnest(?::type[], ...)}: a column per array, each element taken from a row, so a
 * set of rows is written or updated by one statement instead of one execution per row. Immutable: {@link #and} returns
 * a new set of columns.
 *
 * @param <T> the row each column's values are taken from
 */
public final class UnnestColumns<T> {
    private record Column<T>(String sqlType, Function<? super T, ?> value) {
    }

    private final List<Column<T>> columns;

    private UnnestColumns(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    /** No columns yet. */
    public static <T> UnnestColumns<T> of() {
        return new UnnestColumns<>(List.of());
    }

    /** These columns and one more: an array of {@code sqlType} (e.g. {@code text}, {@code int4}) holding each row's value. */
    public UnnestColumns<T> and(String sqlType, Function<? super T, ?> value) {
        List<Column<T>> more = new ArrayList<>(columns);
        more.add(new Column<>(sqlType, value));
        return new UnnestColumns<>(more);
    }

    /** Binds one array per column, in order, from parameter {@code first}; returns the index of the next parameter. */
    public int bind(Connection connection, PreparedStatement statement, int first, List<? extends T> rows)
            throws SQLException {
        int parameter = first;
        for (Column<T> column : columns) {
            Object[] values = new Object[rows.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = column.value().apply(rows.get(i));
            }
            statement.setArray(parameter++, connection.createArrayOf(column.sqlType(), values));
        }
        return parameter;
    }
}
