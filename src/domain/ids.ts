// Branded string ids: a PatientId cannot be passed where a PhotoId is expected.
// Ids are random UUIDs so records made offline on two devices never collide
// (needed later for CouchDB/PouchDB-style replication).

declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type PatientId = Brand<string, 'PatientId'>;
export type CourseId = Brand<string, 'CourseId'>;
export type SessionId = Brand<string, 'SessionId'>;
export type PhotoId = Brand<string, 'PhotoId'>;
export type BlobId = Brand<string, 'BlobId'>;
export type AnalysisId = Brand<string, 'AnalysisId'>;

export function newId<T extends string>(): T {
  return globalThis.crypto.randomUUID() as T;
}
