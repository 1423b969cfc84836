// Guided capture: live camera with the previous photo of the same view as an adjustable
// semi-transparent ghost, a level indicator and a framing hint, so follow-ups match the
// baseline. The captured frame is imported through importPhotos like any picked file.
import { useRef, useState } from 'react';
import { listPhotosOfPatient } from '../../app/data';
import { useLiveQuery } from '../../app/useLiveQuery';
import { useBlobUrl } from '../../components/useBlobUrl';
import type { PatientId, SessionId } from '../../domain/ids';
import { PHOTO_VIEW_LABELS, type Photo, type PhotoView } from '../../domain/photo';
import { FRAMING_HINTS } from '../../domain/templates';
import { importPhotos } from '../../import';
import { captureFrame } from './captureFrame';
import { findGhostPhoto } from './findGhost';
import { LevelIndicator } from './LevelIndicator';
import { useCamera } from './useCamera';
import './capture.css';

interface Props {
  patientId: PatientId;
  sessionId: SessionId;
  /** Views offered, in template order. */
  views: readonly PhotoView[];
  initialView: PhotoView;
  onCaptured?: (photo: Photo) => void;
  onClose: () => void;
}

const DEFAULT_GHOST_OPACITY_PCT = 40;

export function GuidedCapture({
  patientId,
  sessionId,
  views,
  initialView,
  onCaptured,
  onClose,
}: Props) {
  const [view, setView] = useState<PhotoView>(initialView);
  const [opacityPct, setOpacityPct] = useState(DEFAULT_GHOST_OPACITY_PCT);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const abortRef = useRef<AbortController | null>(null);
  const { videoRef, camera } = useCamera();
  const photos = useLiveQuery(() => listPhotosOfPatient(patientId), [patientId]);
  const ghost = photos.data ? findGhostPhoto(photos.data, view, sessionId) : undefined;
  const ghostUrl = useBlobUrl(ghost?.working.blobId);

  async function capture() {
    const video = videoRef.current;
    if (!video) return;
    setBusy(true);
    setMessage('Saving…');
    const controller = new AbortController();
    abortRef.current = controller;
    try {
      const file = await captureFrame(video, view);
      const report = await importPhotos(
        [file],
        { patientId, sessionId, view },
        {
          signal: controller.signal,
          onProgress: (p) => setMessage(`Saving… ${Math.round(p.fraction * 100)}%`),
        },
      );
      const outcome = report.outcomes[0];
      if (outcome?.status === 'stored') {
        setMessage(`${PHOTO_VIEW_LABELS[view]} photo saved to this session.`);
        onCaptured?.(outcome.photo);
        // Move on to the next view of the protocol, so a full set is a series of taps.
        const next = views[views.indexOf(view) + 1];
        if (next) setView(next);
      } else {
        setMessage(outcome && 'message' in outcome ? outcome.message : 'The photo was not saved.');
      }
    } catch (e) {
      setMessage(e instanceof Error ? e.message : 'The photo was not saved.');
    } finally {
      abortRef.current = null;
      setBusy(false);
    }
  }

  function close() {
    abortRef.current?.abort();
    onClose();
  }

  return (
    <section className="card section capture" aria-label="Guided capture">
      <div className="capture__bar">
        <label className="field">
          <span className="field__label">View</span>
          <select value={view} onChange={(e) => setView(e.target.value as PhotoView)}>
            {views.map((v) => (
              <option key={v} value={v}>
                {PHOTO_VIEW_LABELS[v]}
              </option>
            ))}
          </select>
        </label>
        <label className="field capture__opacity">
          <span className="field__label">Ghost opacity {opacityPct}%</span>
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={opacityPct}
            disabled={!ghostUrl}
            aria-label="Ghost opacity"
            onChange={(e) => setOpacityPct(Number(e.target.value))}
          />
        </label>
        <LevelIndicator view={view} />
      </div>
      <p className="capture__hint" data-testid="framing-hint">
        {FRAMING_HINTS[view]}
      </p>
      <div className="capture__stage">
        <video ref={videoRef} className="capture__video" playsInline muted autoPlay />
        {ghostUrl && (
          <img
            src={ghostUrl}
            alt={`Previous ${PHOTO_VIEW_LABELS[view].toLowerCase()} photo (ghost)`}
            className="capture__ghost"
            data-testid="ghost"
            style={{ opacity: opacityPct / 100 }}
          />
        )}
        <span className="capture__guide" aria-hidden="true" />
        {camera.status === 'starting' && <p className="capture__overlay-text">Starting camera…</p>}
        {camera.status === 'error' && (
          <p className="capture__overlay-text" role="alert">
            {camera.message}
          </p>
        )}
      </div>
      {!ghost && photos.status === 'ready' && (
        <p className="muted">
          No earlier {PHOTO_VIEW_LABELS[view].toLowerCase()} photo: this one becomes the baseline.
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => void capture()}
          disabled={busy || camera.status !== 'live'}
        >
          Capture {PHOTO_VIEW_LABELS[view].toLowerCase()}
        </button>
        <button type="button" className="btn" onClick={close}>
          Close camera
        </button>
        {message && (
          <span role="status" className="muted">
            {message}
          </span>
        )}
      </div>
    </section>
  );
}
