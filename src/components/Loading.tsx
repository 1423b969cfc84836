// Placeholder while a screen reads its records (usually a few milliseconds from IndexedDB).
export function Loading() {
  return (
    <p className="loading" aria-live="polite">
      Loading…
    </p>
  );
}
