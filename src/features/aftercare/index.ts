// Aftercare: checklist of instructions given, the printable sheet, and printing it.
import './aftercare.css';
export { AftercareChecklist } from './AftercareChecklist';
export { AftercareSheet } from './AftercareSheet';
export { printAftercareSheet } from './printSheet';
