// Vietnamese syllable spelling by the orthography's own rules, with no dictionary (orthography.md,
// "The syllable"). A syllable is initial (onset) + vowel cluster (medial glide + nucleus + glide) + final
// (coda) + at most one tone: each pair is checked against the pairs that occur (initial before the
// cluster, the cluster before its final, a stop final with sắc or nặng), and the tone against the vowel
// that carries it. Two syllables run together are read by splitting them where both halves are syllables.

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

/**
 * The finals each cluster takes (the attested rhymes, orthography.md): `ơ` takes only m n p t (`cơng` is a
 * slip for `công`), a lone `ư` only c ng t (and m, n: `hừm`, `chưn`), `â`/`ă` no ch nh. Clusters not listed take
 * none (NO_FINAL) or every final their last vowel allows (checked below).
 */
const FINALS_OF: Record<string, readonly string[]> = {
  'a': FINALS, 'oa': FINALS,
  'ă': ['c', 'm', 'n', 'ng', 'p', 't'], 'â': ['c', 'm', 'n', 'ng', 'p', 't'],
  'e': ['c', 'm', 'n', 'ng', 'p', 't'], 'o': ['c', 'm', 'n', 'ng', 'p', 't'], 'ô': ['c', 'm', 'n', 'ng', 'p', 't'],
  'u': ['c', 'm', 'n', 'ng', 'p', 't'], 'ê': ['ch', 'm', 'n', 'nh', 'p', 't'], 'i': ['ch', 'm', 'n', 'nh', 'p', 't'],
  'ơ': ['m', 'n', 'p', 't'], 'ư': ['c', 'm', 'n', 'ng', 't'],
  'iê': ['c', 'm', 'n', 'ng', 'p', 't'], 'yê': ['c', 'm', 'n', 'ng', 'p', 't'], 'uô': ['c', 'm', 'n', 'ng', 'p', 't'],
  'ươ': ['c', 'm', 'n', 'ng', 'p', 't'], 'oă': ['c', 'm', 'n', 'ng', 't'], 'oe': ['c', 'n', 'ng', 't'],
  'uâ': ['n', 'ng', 't'], 'uê': ['ch', 'n', 'nh', 't'], 'uy': ['ch', 'n', 'nh', 'p', 't'], 'uyê': ['n', 't'], 'oo': ['c', 'ng'],
};

/** The clusters whose tone goes on the first vowel: the glide or the open diphthong follows it (`mía`, `mùa`, `hỏi`). */
const TONE_FIRST = new Set(['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'iu', 'oi', 'ôi', 'ơi', 'ui', 'ưi', 'ưu', 'ia', 'ua', 'ưa']);
/** The clusters whose tone goes on the second vowel always (`thuở`, `được`, `hoài`, `người`). */
const TONE_SECOND = new Set(['oă', 'uâ', 'uê', 'uô', 'ươ', 'iê', 'yê', 'uơ', 'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uêu', 'uyu']);
/** `oa`, `oe`, `uy`: the two styles differ only when no final follows (`hòa`/`hoà`); with a final, the second (`soát`). */
const TONE_STYLED = new Set(['oa', 'oe', 'uy']);

export type SpellingProblem =
  | 'two-tones' | 'initial-before-front' | 'initial-not-before-front' | 'q-without-u' | 'no-vowel'
  | 'vowel-cluster' | 'stop-tone' | 'final' | 'tone-on-glide' | 'run-together';

export interface SyllableCheck {
  readonly problem: SpellingProblem;
}

/**
 * True when the word uses a letter only Vietnamese uses (so a failure is not a foreign word): one of the
 * plain marked letters, or, in a word of Vietnamese letters only, any Vietnamese mark (`ừ`, `ề`, `ậ`). A
 * word of another script's letters with no such letter (a broken font's `cӫa`, `ÿm`) is not one
 * (legacy-encoding and lookalike-character speak of those).
 */
export function looksVietnamese(word: string): boolean {
  const lower = word.normalize('NFC').toLowerCase();
  if (MARKED_LETTER.test(lower)) return true;
  const decomposed = lower.normalize('NFD');
  return VIETNAMESE_LETTERS.test(decomposed) && /[\u0300-\u036f]/u.test(decomposed);
}
const MARKED_LETTER = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/u;
const VIETNAMESE_LETTERS = /^(?:[a-z]|\u0300|\u0301|\u0302|\u0303|\u0306|\u0309|\u031b|\u0323)+$/u;

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
  // After qu the medial u is in the initial (quý = u + y); after gi the i of iê merges when a
  // final follows (giêng; the open giê is gi + ê).
  const cluster = initial === 'qu' && typed.startsWith('y') ? `u${typed}` : initial === 'gi' && typed.startsWith('ê') && final ? `i${typed}` : typed;
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
  const takes = FINALS_OF[cluster];
  if (final && takes && !takes.includes(final)) return { problem: 'final' };
  if (STOPS.has(final) && tone !== 'sac' && tone !== 'nang') return { problem: 'stop-tone' };

  // The tone sits on the vowel, never on the u of qu or the i of gi; iê, yê, uô, ươ carry it on the
  // second letter when a final follows or the cluster goes on (biển, thuyền, được, chuối).
  if (tone) {
    const onTyped = toneIndex - initial.length;
    if (onTyped < 0) return { problem: 'tone-on-glide' };
    const onCluster = onTyped + shift;
    const pair = cluster.slice(0, 2);
    if ((pair === 'iê' || pair === 'yê' || pair === 'uô' || pair === 'ươ') && onCluster === 0) return { problem: 'tone-on-glide' };
    if (cluster.startsWith('uyê') && onCluster !== 2) return { problem: 'tone-on-glide' };
    if (TONE_FIRST.has(cluster) && onCluster !== 0) return { problem: 'tone-on-glide' };
    if (TONE_SECOND.has(cluster) && onCluster !== 1) return { problem: 'tone-on-glide' };
    if (TONE_STYLED.has(cluster) && final && onCluster !== 1) return { problem: 'tone-on-glide' };
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

/**
 * Two syllables run together (`thànhphần`, `gócphải`, where a line break or a tag ate the space): the
 * split, as `thành phần`, when the word has two vowel groups and splits into two possible syllables that
 * each carry a Vietnamese mark (a joined loanword, `cácbon`, `axít`, has a half with none, and stays
 * silent). Of several splits, the one giving the second syllable the longest initial (`tin học`, not
 * `tinh ọc`). Undefined otherwise.
 */
export function runTogether(word: string): string | undefined {
  const letters = [...word.normalize('NFC')];
  if (letters.length > 14 || vowelGroups(word) !== 2) return undefined;
  const isVowel = (letter: string): boolean => 'aeiouy'.includes(letter.normalize('NFD').charAt(0));
  // The consonants between the two vowel groups: the split falls among them.
  let firstEnd = 0;
  while (firstEnd < letters.length && !isVowel(letters[firstEnd])) firstEnd++;
  while (firstEnd < letters.length && isVowel(letters[firstEnd])) firstEnd++;
  let secondStart = firstEnd;
  while (secondStart < letters.length && !isVowel(letters[secondStart])) secondStart++;
  let best: string | undefined;
  for (let at = firstEnd; at <= secondStart; at++) {
    const head = letters.slice(0, at).join('');
    const tail = letters.slice(at).join('');
    if (head && tail && looksVietnamese(head) && looksVietnamese(tail) && !checkSyllable(head) && !checkSyllable(tail)) {
      best = `${head} ${tail}`;
      break;
    }
  }
  return best;
}

