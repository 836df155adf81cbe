--liquibase formatted sql

--changeset debt-os:025-debt-summaries splitStatements:false rollbackSplitStatements:false
--comment: a repository's ledger totals and remediation plan, stored when the ledger changes so the summary and trend
-- routes read a few rows instead of every item. refresh_debt_summary(repository) recounts both from debt_items; a
-- completed scan, the feedback memory's suppressions and a status change that moves an item into or out of the
-- unresolved statuses call it in their transaction (under the repository's row lock); a move between unresolved
-- statuses adjusts the two count rows it touches instead.
CREATE TABLE debt_item_counts (
    repository_id  uuid   NOT NULL REFERENCES repositories (id) ON DELETE CASCADE,
    type           text   NOT NULL,
    severity       text   NOT NULL,
    status         text   NOT NULL,
    items          bigint NOT NULL,
    effort_minutes bigint NOT NULL,
    PRIMARY KEY (repository_id, type, severity, status)
);
-- The plan's split of the unresolved items: at or above the median priority (the element at index n/2, highest
-- first) with at most 30 minutes of effort (quick wins), above it with more (strategic), below it (deferrable).
-- 30 is the engine's Scoring.QUICK_WIN_MINUTES. median_priority is NULL while nothing is unresolved.
CREATE TABLE debt_plans (
    repository_id     uuid PRIMARY KEY REFERENCES repositories (id) ON DELETE CASCADE,
    median_priority   numeric(12, 4),
    quick_wins_items  bigint NOT NULL,
    quick_wins_effort bigint NOT NULL,
    strategic_items   bigint NOT NULL,
    strategic_effort  bigint NOT NULL,
    deferrable_items  bigint NOT NULL,
    deferrable_effort bigint NOT NULL
);
CREATE FUNCTION refresh_debt_summary(repository uuid) RETURNS void LANGUAGE sql AS $$
    DELETE FROM debt_item_counts WHERE repository_id = repository;
    INSERT INTO debt_item_counts (repository_id, type, severity, status, items, effort_minutes)
    SELECT repository, type, severity, status, count(*), sum(effort_minutes)
      FROM debt_items WHERE repository_id = repository GROUP BY type, severity, status;
    WITH unresolved AS (
        SELECT priority, effort_minutes FROM debt_items
         WHERE repository_id = repository AND status IN ('open', 'acknowledged', 'planned', 'in_progress')),
    median AS MATERIALIZED (
        SELECT (SELECT priority FROM unresolved ORDER BY priority DESC
                OFFSET (SELECT count(*) / 2 FROM unresolved) LIMIT 1) AS priority)
    INSERT INTO debt_plans (repository_id, median_priority, quick_wins_items, quick_wins_effort, strategic_items,
                            strategic_effort, deferrable_items, deferrable_effort)
    SELECT repository, m.priority,
           count(*) FILTER (WHERE u.priority >= m.priority AND u.effort_minutes <= 30),
           coalesce(sum(u.effort_minutes) FILTER (WHERE u.priority >= m.priority AND u.effort_minutes <= 30), 0),
           count(*) FILTER (WHERE u.priority >= m.priority AND u.effort_minutes > 30),
           coalesce(sum(u.effort_minutes) FILTER (WHERE u.priority >= m.priority AND u.effort_minutes > 30), 0),
           count(*) FILTER (WHERE u.priority < m.priority),
           coalesce(sum(u.effort_minutes) FILTER (WHERE u.priority < m.priority), 0)
      FROM median m LEFT JOIN unresolved u ON true
     GROUP BY m.priority
    ON CONFLICT (repository_id) DO UPDATE SET median_priority = excluded.median_priority,
        quick_wins_items = excluded.quick_wins_items, quick_wins_effort = excluded.quick_wins_effort,
        strategic_items = excluded.strategic_items, strategic_effort = excluded.strategic_effort,
        deferrable_items = excluded.deferrable_items, deferrable_effort = excluded.deferrable_effort;
$$;
SELECT refresh_debt_summary(id) FROM repositories;
--rollback DROP FUNCTION refresh_debt_summary(uuid);
--rollback DROP TABLE debt_plans;
--rollback DROP TABLE debt_item_counts;
