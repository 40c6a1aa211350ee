// The parts a document of a regime prints, by the id a presence rule reports when one is absent
// (`Report.part`). Insert-missing (edits/partInsertion.ts) and the preview's placeholders
// (render/layout.ts) read the part from the finding: the rule alone decides that a part is missing.

export type PartId =
  /** The regime's title: the Party title, or the national name (with the motto when it is missing too). */
  | 'title'
  /** The state motto under the national name. */
  | 'motto'
  | 'issuer'
  /** The Party `*` line under the issuing body. */
  | 'star'
  | 'number'
  | 'date'
  /** The type name (with its summary). */
  | 'type-name'
  /** The summary: under the type name, or a công văn's under its number. */
  | 'summary'
  /** The Party `-----` under the summary. */
  | 'summary-rule'
  | 'recipients'
  | 'signature'
  /** Inside a signature block: the signer's title (chức vụ); its name. */
  | 'signer-title'
  | 'signer-name';
