// Lazy loader for libheif (HEVC/HEIF decoder compiled to wasm). Loaded only when a HEIC file
// arrives, and only inside the worker: the JS glue is ~90 KB and the wasm ~1.4 MB. The wasm is
// emitted by Vite as a hashed asset (the `?url` import) and served from our own origin, so it
// works offline once cached; we fetch it ourselves and hand the bytes over as `wasmBinary`
// because the glue's own locator guesses paths relative to the script, which breaks after
// bundling.
import wasmUrl from 'libheif-js/libheif-wasm/libheif.wasm?url';

/** The slice of libheif-js's API we use (its bundled .d.ts omits the JS wrapper classes). */
export interface HeifImageHandle {
  get_width(): number;
  get_height(): number;
  is_primary(): boolean;
  display(
    target: { data: Uint8ClampedArray; width: number; height: number },
    done: (result: unknown) => void,
  ): void;
  free(): void;
}

export interface LibHeif {
  HeifDecoder: new () => { decode(bytes: Uint8Array): HeifImageHandle[] };
}

type Factory = (options: { wasmBinary: ArrayBuffer; onRuntimeInitialized: () => void }) => unknown;

let loading: Promise<LibHeif> | undefined;

async function load(): Promise<LibHeif> {
  const [glue, wasm] = await Promise.all([
    import('libheif-js/libheif-wasm/libheif.js'),
    fetch(wasmUrl).then((r) => {
      if (!r.ok) throw new Error(`libheif.wasm: HTTP ${r.status}`);
      return r.arrayBuffer();
    }),
  ]);
  // The glue is a CommonJS/UMD factory; its d.ts types the factory's options as unknown.
  const factory = glue.default as unknown as Factory;
  let module: unknown;
  await new Promise<void>((resolve) => {
    module = factory({ wasmBinary: wasm, onRuntimeInitialized: resolve });
  });
  return module as LibHeif;
}

/** The loaded library; a failed load is forgotten so a later HEIC can retry. */
export function loadLibheif(): Promise<LibHeif> {
  loading ??= load().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

/** Drops the loaded module after a wasm abort (an aborted Emscripten module stays broken). */
export function forgetLibheif(): void {
  loading = undefined;
}
