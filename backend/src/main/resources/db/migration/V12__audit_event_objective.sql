-- An objective's history includes the changes to its indicators, phases, results and counts, even after one of them
-- is deleted (then no join can find its objective any more): each event names the objective it belongs to.
ALTER TABLE audit_event ADD COLUMN objective_id BIGINT NULL;
UPDATE audit_event SET objective_id = entity_id WHERE entity_type = 'objective';
UPDATE audit_event e JOIN indicator i ON i.id = e.entity_id SET e.objective_id = i.objective_id
    WHERE e.entity_type = 'indicator';
UPDATE audit_event e JOIN phase p ON p.id = e.entity_id SET e.objective_id = p.objective_id
    WHERE e.entity_type = 'phase';
UPDATE audit_event e JOIN indicator_result r ON r.id = e.entity_id JOIN indicator i ON i.id = r.indicator_id
    SET e.objective_id = i.objective_id WHERE e.entity_type = 'result';
UPDATE audit_event e JOIN indicator_count c ON c.id = e.entity_id JOIN indicator i ON i.id = c.indicator_id
    SET e.objective_id = i.objective_id WHERE e.entity_type = 'count';
CREATE INDEX ix_audit_objective ON audit_event (objective_id, occurred_at);
