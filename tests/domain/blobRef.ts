// A stored-blob reference for photo records in tests.
import type { BlobId } from '../../src/domain/ids';

export const blobRef = (id: string) => ({
  blobId: id as BlobId,
  mimeType: 'image/jpeg',
  byteLength: 100,
  widthPx: 10,
  heightPx: 10,
});
