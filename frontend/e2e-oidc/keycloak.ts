/**
 * The Keycloak of scripts/keycloak.sh, with the realm of keycloak/perfmon-realm.json. Its administrator (of the
 * master realm) is a throwaway one of that local, development-mode Keycloak.
 */
export const KEYCLOAK = {
  port: 8180,
  url: 'http://localhost:8180',
  realm: 'perfmon',
  adminUser: process.env.KEYCLOAK_ADMIN_USER ?? 'admin',
  adminPassword: process.env.KEYCLOAK_ADMIN_PASSWORD ?? 'admin-solo-sviluppo',
} as const;

/** A person of the realm: the username and the password the test gives them. */
export type RealmUser = { username: string; password: string };

async function adminToken(): Promise<string> {
  const response = await fetch(`${KEYCLOAK.url}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: KEYCLOAK.adminUser,
      password: KEYCLOAK.adminPassword,
    }),
  });
  if (!response.ok) {
    throw new Error(
      `Keycloak refused its administrator ${KEYCLOAK.adminUser}: ${response.status} ${await response.text()}. ` +
        'It is created with the database: after changing KEYCLOAK_ADMIN_PASSWORD, stop Keycloak and delete ' +
        'tools/keycloak/keycloak-*/data/h2.',
    );
  }
  return ((await response.json()) as { access_token: string }).access_token;
}

/**
 * The realm's users come with a temporary password to change at the first sign-in; the tests give them a known,
 * permanent one (as an administrator would in Keycloak's console), so that every run signs in the same way.
 */
export async function setPassword(user: RealmUser): Promise<void> {
  const token = await adminToken();
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const admin = `${KEYCLOAK.url}/admin/realms/${KEYCLOAK.realm}`;
  const found = await fetch(`${admin}/users?exact=true&username=${encodeURIComponent(user.username)}`, { headers });
  const [match] = (await found.json()) as { id: string }[];
  if (!match) throw new Error(`No user ${user.username} in the ${KEYCLOAK.realm} realm: see keycloak/perfmon-realm.json`);
  const reset = await fetch(`${admin}/users/${match.id}/reset-password`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ type: 'password', value: user.password, temporary: false }),
  });
  if (!reset.ok) throw new Error(`Could not set the password of ${user.username}: ${reset.status} ${await reset.text()}`);
}
