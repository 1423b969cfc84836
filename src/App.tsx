// Placeholder shell; the UI work replaces it.
export function App() {
  return <h1>Trichotrack</h1>;
}
