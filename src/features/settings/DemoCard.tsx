// Settings entry to the demo patient, for when patients already exist and the empty-state
// button is gone.
import { OpenDemoButton } from '../demo/OpenDemoButton';

export function DemoCard() {
  return (
    <section className="card section" aria-labelledby="demo">
      <h2 id="demo" className="section-title">
        Demo patient
      </h2>
      <p>
        A synthetic patient with an 8-session mesotherapy course and photos, to try the app without
        real data. Opening it again does not duplicate it.
      </p>
      <OpenDemoButton />
    </section>
  );
}
