// Persistent storage: without it the browser may evict photos when the disk runs low. Shows the
// current state and lets the user ask for it.
import { useState } from 'react';
import { isPersisted, requestPersistence } from '../../app/data';
import { reportError } from '../../app/errorStore';
import { useLiveQuery } from '../../app/useLiveQuery';

const RESULT_TEXT = {
  granted: 'Storage is now persistent.',
  denied:
    'The browser declined. Installing Trichotrack as an app or bookmarking it often helps; then try again.',
  unsupported: 'This browser cannot make storage persistent.',
} as const;

export function PersistenceCard() {
  const persisted = useLiveQuery(isPersisted, []);
  const [result, setResult] = useState<keyof typeof RESULT_TEXT>();
  const isOn = result === 'granted' || persisted.data === true;

  async function request() {
    try {
      setResult(await requestPersistence());
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <section className="card section" aria-labelledby="persistence">
      <h2 id="persistence" className="section-title">
        Persistent storage
      </h2>
      <p data-testid="persistence-state">
        {persisted.status === 'loading'
          ? 'Checking…'
          : isOn
            ? 'On — the browser will not clear photos to free space.'
            : persisted.data === undefined
              ? 'Unknown — this browser does not say.'
              : 'Off — the browser may clear stored photos when the device runs low on space.'}
      </p>
      {!isOn && (
        <button type="button" className="btn btn--primary" onClick={request}>
          Request persistent storage
        </button>
      )}
      {result && result !== 'granted' && <p className="muted">{RESULT_TEXT[result]}</p>}
    </section>
  );
}
