package dev.debtos.platform.db;

import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;

import java.util.ArrayList;
import java.util.List;

/** Collects, in order, the ids of the change sets one Liquibase command ran or rolled back. */
final class ChangeSetRecorder extends AbstractChangeExecListener {
    final List<String> ran = new ArrayList<>();
    final List<String> rolledBack = new ArrayList<>();

    @Override
    public void ran(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.ExecType type) {
        if (type == ChangeSet.ExecType.EXECUTED || type == ChangeSet.ExecType.RERAN) {
            ran.add(changeSet.getId());
        }
    }

    @Override
    public void rolledBack(ChangeSet changeSet, DatabaseChangeLog log, Database database) {
        rolledBack.add(changeSet.getId());
    }
}
