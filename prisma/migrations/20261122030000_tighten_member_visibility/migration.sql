-- Inside a trust's context (withTenant) a user who sits on several boards must see only that
-- trust's rows. Their own memberships and trusts in other trusts stay visible only before a trust
-- is chosen (withUser, where no trust is set), which is what the trust switcher needs.
ALTER POLICY membership_own_read ON "Membership"
  USING ("userId" = app_current_user() AND app_current_trust() IS NULL);

ALTER POLICY trust_read ON "Trust"
  USING ("id" = app_current_trust()
         OR (app_current_trust() IS NULL
             AND "id" IN (SELECT m."trustId" FROM "Membership" m WHERE m."userId" = app_current_user())));
