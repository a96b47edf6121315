import prettierSettings from '../../.prettierrc.json' with { type: 'json' };
/**
 * How many terminal columns a string takes, the measure prettier pads tables and wraps lines
 * with: an emoji (a whole sequence, ZWJ and skin tones included) and East Asian wide and
 * fullwidth characters count two, combining marks and control characters none. The wide ranges
 * are the main blocks of Unicode's East_Asian_Width W/F classes (CJK, kana, Hangul, fullwidth
 * forms), not the full table; catalog text is English.
 */

/** The line width the repository's prettier settings wrap at (.prettierrc.json). */
export const PRINT_WIDTH: number = prettierSettings.printWidth;

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cc}]/u;
/**
 * The sets of emoji sequences RGI_Emoji is the union of, each but the first with a character every
 * sequence of it holds. A pattern of all of RGI_Emoji takes V8 tens of milliseconds to compile (the
 * ZWJ sequences most), so a string is matched against the sets that could occur in it only: a
 * sequence of another set cannot match it, so the matches (each the longest at its place) are the same.
 */
const EMOJI_SETS: readonly (readonly [RegExp | undefined, string])[] = [
  [undefined, 'Basic_Emoji'],
  [/\u20e3/u, 'Emoji_Keycap_Sequence'],
  [/[\u{1f3fb}-\u{1f3ff}]/u, 'RGI_Emoji_Modifier_Sequence'],
  [/[\u{1f1e6}-\u{1f1ff}]/u, 'RGI_Emoji_Flag_Sequence'],
  [/[\u{e0020}-\u{e007f}]/u, 'RGI_Emoji_Tag_Sequence'],
  [/\u200d/u, 'RGI_Emoji_ZWJ_Sequence'],
];
const emojiPatterns = new Map<number, RegExp>();

/** RGI_Emoji, as far as it can match in `value`. */
function emojiPattern(value: string): RegExp {
  let sets = 1;
  for (let i = 1; i < EMOJI_SETS.length; i++) if (EMOJI_SETS[i]![0]!.test(value)) sets |= 1 << i;
  let pattern = emojiPatterns.get(sets);
  if (pattern === undefined) {
    const names = EMOJI_SETS.filter((_, i) => (sets & (1 << i)) !== 0).map(([, name]) => `\\p{${name}}`);
    // Built at run time: the `v` flag is newer than the ES2022 target TypeScript checks literals against.
    pattern = new RegExp(`[${names.join('')}]`, 'gv');
    emojiPatterns.set(sets, pattern);
  }
  return pattern;
}
/** A character every emoji (sequence) holds: a quick test that spares most text the emoji scan. */
const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Presentation}\u20e3]/u;

/** [first, last] code points, inclusive. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x231a, 0x231b], // watch, hourglass
  [0x2329, 0x232a], // angle brackets
  [0x2630, 0x2637], // trigrams
  [0x268a, 0x268f], // digrams
  [0x2e80, 0x303e], // CJK radicals, Kangxi, CJK symbols and punctuation
  [0x3041, 0x3247], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, enclosed CJK…
  [0x3250, 0x4dff], // …CJK compatibility, CJK extension A, Yijing hexagrams
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x16fe0, 0x18dff], // Tangut, Khitan
  [0x1aff0, 0x1b2ff], // kana extensions and supplement, Nüshu
  [0x1d300, 0x1d376], // Tai Xuan Jing symbols, counting rods
  [0x1f200, 0x1f2ff], // enclosed ideographic supplement
  [0x20000, 0x3fffd], // CJK extensions B and later
];

function isWide(codePoint: number): boolean {
  return WIDE.some(([first, last]) => codePoint >= first && codePoint <= last);
}

export function displayWidth(value: string): number {
  if (isPrintableAscii(value)) return value.length;
  const pattern = EMOJI_PART.test(value) ? emojiPattern(value) : undefined;
  const emoji = pattern === undefined ? 0 : (value.match(pattern)?.length ?? 0);
  let width = 2 * emoji;
  for (const character of emoji > 0 ? value.replace(pattern!, '') : value) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint >= 0x20 && codePoint < 0x7f) width += 1;
    else if (!ZERO_WIDTH.test(character)) width += isWide(codePoint) ? 2 : 1;
  }
  return width;
}

/**
 * Whether every character is printable ASCII (space to `~`), and with `quoteFree` none is a quote
 * or a backslash (a string literal of it is the text in quotes). A loop, not a regular expression:
 * the printer measures every piece of text it prints, and most are short.
 */
export function isPrintableAscii(value: string, quoteFree = false): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
    if (quoteFree && (code === 0x22 || code === 0x27 || code === 0x5c)) return false;
  }
  return true;
}
