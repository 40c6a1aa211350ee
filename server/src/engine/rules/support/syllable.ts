// Vietnamese syllable spelling by the orthography's own rules, with no dictionary (orthography.md,
// "The syllable"). A syllable is initial + vowel cluster + final, with at most one tone mark.

/** Tone marks as combining characters (NFD). */
const TONES: Record<string, 'sac' | 'huyen' | 'hoi' | 'nga' | 'nang'> = {
  '\u0301': 'sac', '\u0300': 'huyen', '\u0309': 'hoi', '\u0303': 'nga', '\u0323': 'nang',
};

const INITIALS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];
const FINALS = ['ch', 'nh', 'ng', 'c', 'm', 'n', 'p', 't'];
const STOPS = new Set(['c', 'ch', 'p', 't']);
const VOWELS = new Set([...'aăâeêioôơuưy']);

/** Vowel clusters that can stand between the initial and the final (medial + nucleus + glide). */
const CLUSTERS = new Set([
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'iê', 'oa', 'oă', 'oe', 'oi', 'oo', 'ôi', 'ơi',
  'ua', 'uâ', 'ui', 'uê', 'uơ', 'uô', 'ưa', 'ưi', 'ưu', 'ươ', 'uy', 'yê',
  'iêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'uya', 'uyê', 'uyu', 'ươi', 'ươu', 'yêu', 'uêu',
]);
/** Clusters that cannot end a syllable: they need a final consonant. */
const NEEDS_FINAL = new Set(['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'oă', 'uâ', 'uyê', 'oo']);
/** Clusters that already end in a glide or are open diphthongs: no final consonant after them. */
const NO_FINAL = new Set([
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu',
  'iêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'uya', 'uyu', 'ươi', 'ươu', 'yêu', 'uêu', 'y',
]);

export type SpellingProblem =
  | 'two-tones' | 'initial-before-front' | 'initial-not-before-front' | 'q-without-u' | 'no-vowel'
  | 'vowel-cluster' | 'stop-tone' | 'final' | 'tone-on-glide';

export interface SyllableCheck {
  readonly problem: SpellingProblem;
}

/** True when the word uses a letter or a mark that only Vietnamese uses (so a failure is not a foreign word). */
export function looksVietnamese(word: string): boolean {
  return /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/u.test(word.normalize('NFC').toLowerCase());
}

/**
 * Checks one lower-case syllable (NFC, letters only). Returns the first problem found, or undefined when
 * the spelling is possible.
 */
export function checkSyllable(word: string): SyllableCheck | undefined {
  const decomposed = word.normalize('NFD');
  let tone: string | undefined;
  let toneIndex = -1; // index, in the toneless NFC base, of the letter that carries the tone
  let base = '';
  let pendingBase = '';
  for (const ch of decomposed) {
    if (TONES[ch]) {
      if (tone) return { problem: 'two-tones' };
      tone = TONES[ch];
      toneIndex = [...(base + pendingBase).normalize('NFC')].length - 1;
      continue;
    }
    if (/\p{M}/u.test(ch)) { pendingBase += ch; continue; }
    base += pendingBase;
    pendingBase = ch;
  }
  base = (base + pendingBase).normalize('NFC');
  const letters = [...base];

  let initial = INITIALS.find((candidate) => base.startsWith(candidate)) ?? '';
  // `gi` before a consonant or at the end is `g` + the vowel `i` (gì, gìn).
  if (initial === 'gi' && !letters.slice(2).some((letter) => VOWELS.has(letter))) initial = 'g';
  if (initial === 'q' || base.startsWith('q') && initial !== 'qu') return { problem: 'q-without-u' };
  const rest = base.slice(initial.length);
  const final = FINALS.find((candidate) => rest.endsWith(candidate) && rest.length > candidate.length) ?? '';
  const typed = rest.slice(0, rest.length - final.length);
  // After qu the medial u is in the initial (quý = u + y); after gi the i of iê merges (giêng).
  const cluster = initial === 'qu' && typed.startsWith('y') ? `u${typed}` : initial === 'gi' && typed.startsWith('ê') ? `i${typed}` : typed;
  const shift = cluster.length - typed.length;
  if (!typed) return { problem: initial === 'qu' ? 'q-without-u' : 'no-vowel' };
  if ([...cluster].some((letter) => !VOWELS.has(letter))) return { problem: 'vowel-cluster' };

  const front = /^[iyeê]/u.test(cluster);
  if ((initial === 'k' || initial === 'gh' || initial === 'ngh') && !front) return { problem: 'initial-before-front' };
  if ((initial === 'c' || initial === 'ng') && front) return { problem: 'initial-not-before-front' };
  if (initial === 'g' && /^[eê]/u.test(cluster)) return { problem: 'initial-not-before-front' };
  if (initial === 'qu' && typed.startsWith('u')) return { problem: 'q-without-u' };

  if (!CLUSTERS.has(cluster)) return { problem: 'vowel-cluster' };
  if (!final && NEEDS_FINAL.has(cluster)) return { problem: 'vowel-cluster' };
  if (final && NO_FINAL.has(cluster)) return { problem: 'final' };
  if ((final === 'ch' || final === 'nh') && !/(a|ê|i|uy|oa|uê)$/u.test(cluster)) return { problem: 'final' };
  if ((final === 'c' || final === 'ng') && (cluster === 'ê' || cluster === 'i' || cluster === 'y')) return { problem: 'final' };
  if (STOPS.has(final) && tone !== 'sac' && tone !== 'nang') return { problem: 'stop-tone' };

  // The tone sits on the vowel, never on the u of qu or the i of gi; iê, yê, uô, ươ carry it on the
  // second letter when a final follows or the cluster goes on (biển, thuyền, được, chuối).
  if (tone) {
    const onTyped = toneIndex - initial.length;
    if (onTyped < 0) return { problem: 'tone-on-glide' };
    const onCluster = onTyped + shift;
    const pair = cluster.slice(0, 2);
    if ((pair === 'iê' || pair === 'yê' || pair === 'uô' || pair === 'ươ') && onCluster === 0) return { problem: 'tone-on-glide' };
    if (cluster.startsWith('uyê') && onCluster < 2) return { problem: 'tone-on-glide' };
  }
  return undefined;
}

/**
 * How many vowel groups the word has (runs of vowel letters, marks ignored): one syllable has one.
 * A word with two (`cácbon`, `axít` joined from two syllables, or two words run together by a lost space)
 * is not a syllable the orthography's rules can judge: a Vietnamized loanword may be written joined.
 */
export function vowelGroups(word: string): number {
  const decomposed = word.normalize('NFD');
  let groups = 0;
  let inVowel = false;
  for (let i = 0; i < decomposed.length; i++) {
    const code = decomposed.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) continue; // a tone or vowel mark stays with its letter
    const vowel = code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;
    if (vowel && !inVowel) groups++;
    inVowel = vowel;
  }
  return groups;
}
