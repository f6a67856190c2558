/** The invitation page's own path: where sign-in returns the invitee to confirm. */
export function invitationReturnPath(token: string): string {
  return `/invitations/${encodeURIComponent(token)}`;
}
