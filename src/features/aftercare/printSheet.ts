// Printing only the aftercare sheet: a body class switches the print stylesheet on for this one
// print, and is removed afterwards so printing other pages is unaffected.
const PRINT_CLASS = 'print-aftercare';

export function printAftercareSheet(): void {
  document.body.classList.add(PRINT_CLASS);
  const done = () => {
    document.body.classList.remove(PRINT_CLASS);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  try {
    window.print();
  } finally {
    // Some browsers never fire afterprint (or print() returns at once); clean up on the next
    // tick either way — the print snapshot has been taken by then.
    setTimeout(done, 0);
  }
}
