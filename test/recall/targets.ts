// The recall targets (issue 20.1): one constant the recall test asserts. Classes whose slips the reader
// decides (a malformed part read as missing) are held at what this branch measures until the reader's fixes
// are merged; the integrator raises them to TARGET.perClass then (delete the entry).

export const TARGET = {
  /** Of all slips planted. */
  overall: 0.95,
  /** Of each slip class. */
  perClass: 0.8,
  /** Classes below perClass for now, with the floor asserted instead (the reader's classes). */
  pending: {
    // A numeric date (`Hòa Bình, ngày 09/02/2026`) is read as no date line at all: "missing" at line 1,
    // not a format finding on its own line (issue 20.2, the reader's).
    'date-numeric': 0,
  } as Readonly<Record<string, number>>,
};
