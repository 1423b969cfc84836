// Size limits for import. Sources up to 200 MP phones are accepted (decoded straight to the
// working size); nothing we allocate ourselves may exceed MAX_CANVAS_PIXELS.
export const MAX_SOURCE_PIXELS = 210_000_000;
export const WORKING_JPEG_QUALITY = 0.9;
export const THUMB_JPEG_QUALITY = 0.85;
