/**
 * The organisation this deployment serves, as the backend's `perfmon.default-organisation`: its responsible
 * structures are the ones editors are bound to.
 */
export const ORGANISATION_CODE = 'ARTI';
