/**
 * PostgreSQL access: data sources ({@link dev.debtos.platform.db.Database}), schema migrations
 * ({@link dev.debtos.platform.db.Migrations}, changelog under {@code db/changelog/}) and pgvector.
 *
 * <h2>Connections</h2>
 * <ul>
 *   <li>Lambda: {@link dev.debtos.platform.db.Database#single} - one connection per warm container,
 *       opened lazily, validated before reuse, reopened when broken; RDS Proxy pools across containers.</li>
 *   <li>Local runtime and CLI: {@link dev.debtos.platform.db.Database#pooled} - a small HikariCP pool.</li>
 *   <li>Both take {@code jdbc:postgresql://} (local) or {@code jdbc:aws-wrapper:postgresql://} (AWS) URLs.
 *       The wrapper runs with no plugins unless IAM authentication is on ({@code wrapperPlugins=iam},
 *       region from {@code AWS_REGION}); the failover/monitoring plugins stay off because RDS Proxy
 *       handles failover. The IAM plugin needs the AWS SDK's {@code rds} module on the class path.</li>
 *   <li>Credentials are driver properties, never part of the URL, so a logged URL never carries them.</li>
 * </ul>
 *
 * <h2>Staying clear of RDS Proxy pinning</h2>
 * RDS Proxy reuses a database connection for another client at the end of each transaction unless the
 * session carries state it cannot move ("pinning"; the client then keeps that database connection until it
 * disconnects). Decisions, after AWS's "Avoiding pinning an RDS Proxy" guide and its November 2023
 * announcement of multiplexing support for the PostgreSQL extended query protocol:
 * <ul>
 *   <li><b>Protocol-level prepared statements are fine.</b> Since November 2023 the proxy keeps multiplexing
 *       when it sees extended-query-protocol messages (Parse/Bind/Execute), which is how pgJDBC sends every
 *       {@code PreparedStatement}. So {@code prepareThreshold=0} (the PgBouncer-era workaround) is NOT set
 *       and every statement is a parameterised {@code PreparedStatement}. Should the proxy's
 *       DatabaseConnectionsCurrentlySessionPinned metric ever blame prepared statements, adding
 *       {@code prepareThreshold=0} (unnamed statements only) in ConnectionProperties is the fallback.
 *       What does pin is SQL-level {@code PREPARE}/{@code EXECUTE}/{@code DEALLOCATE}/{@code DISCARD}:
 *       never issued.</li>
 *   <li><b>No session-level SET.</b> {@code SET}, {@code set_config(..., false)} and JDBC setters that pgJDBC
 *       turns into SET ({@code setTransactionIsolation} sends SET SESSION CHARACTERISTICS, {@code setSchema}
 *       sends SET search_path) pin. Per-query settings use {@code SET LOCAL} inside an explicit transaction
 *       (e.g. {@code SET LOCAL hnsw.ef_search = 200} for vector search) and isolation is chosen per
 *       transaction ({@code SET TRANSACTION ISOLATION LEVEL ...} as its first statement). The proxy's
 *       guide lists SET generally; a transaction-scoped SET LOCAL leaves no session state behind, and
 *       the proxy's DatabaseConnectionsCurrentlySessionPinned metric (worth an alarm in the monitoring
 *       stack) tells if it pins anyway. Settings every session needs (statement_timeout, default ef_search)
 *       belong on the role or database ({@code ALTER ROLE ... SET}) or in the proxy's init query,
 *       never in application code.</li>
 *   <li><b>No SET while connecting.</b> pgJDBC would run {@code SET application_name} after the handshake;
 *       with {@code assumeMinServerVersion=15} it sends it in the startup packet instead (see
 *       {@link dev.debtos.platform.db.ConnectionProperties}). On PostgreSQL 12+ it sends no
 *       {@code SET extra_float_digits} either.</li>
 *   <li><b>No other session state:</b> no temporary tables, no {@code LISTEN}, no SQL-level
 *       {@code DECLARE CURSOR} (pgJDBC's {@code setFetchSize} uses protocol portals instead), no session
 *       advisory locks ({@code pg_advisory_xact_lock} is fine: it ends with the transaction), no sequence
 *       functions such as {@code nextval}/{@code setval} (ids are {@code gen_random_uuid()} defaults, no serials).</li>
 *   <li>Migrations are the exception: Liquibase runs as one short-lived session from the deploy step, so
 *       whatever it pins is released when it disconnects.</li>
 * </ul>
 */
package dev.debtos.platform.db;
