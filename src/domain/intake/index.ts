// Intake: contraindication checklist and consent.
export * from './contraindications';
export * from './consent';
