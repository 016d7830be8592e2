/** Stable random ids (UUID v4) so records from two people's files can be merged later. */
export function newId(): string {
  return globalThis.crypto.randomUUID()
}

export function nowIso(): string {
  return new Date().toISOString()
}
