/**
 * Deterministic NWB `object_id`s. NWB asks every typed object for a UUID; random
 * ones would make two exports of the same recording differ for no reason, so
 * mirrorlab derives them as RFC 4122 version-5 (SHA-1, name-based) UUIDs from the
 * file's `identifier` and the object's HDF5 path. The same identifier and path
 * always give the same id; different identifiers (different files, as NWB
 * requires) give different ids.
 */
import { createHash } from 'node:crypto';

/** mirrorlab's own UUID namespace for object ids (fixed forever: changing it changes every id). */
export const OBJECT_ID_NAMESPACE = '06dfad51-5b49-47dd-b336-a9457bef4cdb';

const namespaceBytes = Buffer.from(OBJECT_ID_NAMESPACE.replaceAll('-', ''), 'hex');

/** UUIDv5 of `identifier` NUL `objectPath` in {@link OBJECT_ID_NAMESPACE}, e.g. for `/units/spike_times`. */
export function objectId(identifier: string, objectPath: string): string {
  const digest = createHash('sha1')
    .update(namespaceBytes)
    .update(`${identifier}\u0000${objectPath}`, 'utf8')
    .digest();
  const b = digest.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50; // version 5
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
