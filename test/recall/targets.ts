// The recall targets: one constant the recall test asserts. A class that cannot yet meet
// perClass is held at a measured floor in `pending`, with why; none is pending now.

export const TARGET = {
  /** Of all slips planted. */
  overall: 0.95,
  /** Of each slip class. */
  perClass: 0.8,
  /** Of the slips found, reported by exactly one new finding (one cause, one finding). */
  single: 0.95,
  /** Classes below perClass for now, with the floor asserted instead (and why). */
  pending: {
  } as Readonly<Record<string, number>>,
};
