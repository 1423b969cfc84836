// Turns a stored blob into an object URL for <img>, and revokes it when no longer shown so
// a long session of browsing photos does not leak memory.
import { useEffect, useState } from 'react';
import { getBlob } from '../app/data';
import type { BlobId } from '../domain/ids';

export function useBlobUrl(blobId: BlobId | undefined): string | undefined {
  const [url, setUrl] = useState<{ blobId: BlobId; url: string }>();

  useEffect(() => {
    if (!blobId) return;
    let objectUrl: string | undefined;
    let cancelled = false;
    getBlob(blobId).then(
      (blob) => {
        if (cancelled || !blob) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl({ blobId, url: objectUrl });
      },
      () => undefined, // a missing thumbnail shows the empty frame; the photo record is intact
    );
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [blobId]);

  return url && url.blobId === blobId ? url.url : undefined;
}
