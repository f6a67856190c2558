-- Invitation e-mails go through the outbox like every other e-mail, and each carries a working
-- link. The link must reach only the invited address: not the administrator who sent it (who
-- reads the outbox page, the audit trail and the trust's data export as the application role),
-- and not anyone who later reads a copy of the audit trail.

-- The application role no longer sees invitation e-mails (kinds "invitation…"); only the system
-- path that writes and sends them does. Writing stays tied to the current trust as before.
DROP POLICY outbox_message_tenant ON "OutboxMessage";
CREATE POLICY outbox_message_tenant ON "OutboxMessage" FOR ALL
  USING ("trustId" = app_current_trust() AND NOT starts_with("kind", 'invitation'))
  WITH CHECK ("trustId" = app_current_trust());

-- The audit trail keeps a SHA-256 of each e-mail's body instead of its text, so no link is copied
-- into it (the other e-mails' text stays in the outbox itself).
DROP TRIGGER audit_outbox_message ON "OutboxMessage";
CREATE TRIGGER audit_outbox_message AFTER INSERT OR UPDATE OR DELETE ON "OutboxMessage"
  FOR EACH ROW EXECUTE FUNCTION audit_row_change_digesting('body');
