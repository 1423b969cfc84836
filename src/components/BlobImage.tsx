// An <img> whose pixels come from a stored blob (thumbnail or working copy).
import type { ImgHTMLAttributes } from 'react';
import type { BlobId } from '../domain/ids';
import { useBlobUrl } from './useBlobUrl';

type Props = Omit<ImgHTMLAttributes<HTMLImageElement>, 'src'> & { blobId: BlobId | undefined };

export function BlobImage({ blobId, alt, className, ...rest }: Props) {
  const url = useBlobUrl(blobId);
  if (!url) return <div className={`blob-image--pending ${className ?? ''}`} aria-busy="true" />;
  return <img src={url} alt={alt} className={className} {...rest} />;
}
