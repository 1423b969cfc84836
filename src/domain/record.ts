// Fields every stored record carries. `rev` and `updatedAt` exist so a sync engine
// (PouchDB/CouchDB replication) can be added later without reshaping the data.

export const SCHEMA_VERSION = 1; // change only together with a storage migration

export interface RecordMeta {
  /** ISO 8601 timestamp of creation. */
  createdAt: string;
  /** ISO 8601 timestamp of the last change. */
  updatedAt: string;
  /** Incremented on each write; a sync engine can map it to its own revision. */
  rev: number;
  /** Schema version the record was written with. */
  schemaVersion: number;
}
