package dev.debtos.local.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The first migration needs pgvector, which only a superuser may create (it is not a trusted extension). Checked before
 * migrating, so a database without it is one line naming the extension and the fix, not Liquibase's stack trace.
 */
final class VectorExtension {
    private VectorExtension() {
    }

    static void require(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT current_database(),
                            EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector'),
                            EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector'),
                            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)""")) {
            row.next();
            String database = row.getString(1);
            if (row.getBoolean(2) || (row.getBoolean(3) && row.getBoolean(4))) {
                return;
            }
            if (!row.getBoolean(3)) {
                throw new CommandFailure("the PostgreSQL server lacks the pgvector extension (vector); install it (Debian: "
                        + "apt-get install postgresql-<major>-pgvector; scripts/setup builds it when no package exists), then "
                        + "as a superuser: psql -d " + database + " -c 'CREATE EXTENSION vector'", OneLineErrors.FAILURE);
            }
            throw new CommandFailure("the database " + database + " lacks the vector extension and this role may not create it;"
                    + " as a superuser run: psql -d " + database + " -c 'CREATE EXTENSION vector' (scripts/setup does this)",
                    OneLineErrors.FAILURE);
        }
    }
}
