import { pickText, type Framework, type PickedText } from '@lp-elements/model';

/** Five fill steps, lowest level first: the glyph tells levels apart where colour cannot. */
const GLYPHS = ['○', '◔', '◑', '◕', '●'] as const;

/** One level of a scale as the matrix shows it. */
export interface ShownLevel {
  readonly value: number;
  readonly name: PickedText;
  readonly description: PickedText;
  /** 0 (lowest) to 4 (highest): picks the glyph and the colour. */
  readonly tone: number;
  readonly glyph: string;
}

/**
 * A framework's scale in one language: its levels in ascending order, each with a name, a
 * description, a glyph and a colour tone, and the steps a self-assessment takes on it.
 */
export class LevelScale {
  readonly levels: readonly ShownLevel[];
  readonly min: number;
  readonly max: number;
  private readonly byValue: ReadonlyMap<number, ShownLevel>;

  constructor(framework: Framework, lang: string, documentLang: string | undefined) {
    const sorted = [...framework.scale.levels].sort((a, b) => a.value - b.value);
    const last = Math.max(sorted.length - 1, 1);
    this.levels = sorted.map((level, index) => {
      const tone = Math.round((index / last) * (GLYPHS.length - 1));
      return {
        value: level.value,
        name: pickText(level.name, lang, documentLang),
        description: pickText(level.description, lang, documentLang),
        tone,
        glyph: GLYPHS[tone] ?? GLYPHS[0],
      };
    });
    this.min = sorted[0]?.value ?? 0;
    this.max = sorted.at(-1)?.value ?? 0;
    this.byValue = new Map(this.levels.map((level) => [level.value, level]));
  }

  /** The level with this value, if the scale has one. */
  level(value: number): ShownLevel | undefined {
    return this.byValue.get(value);
  }

  /** The level one step up (`+1`) or down (`-1`); from "not assessed" any step starts at the lowest. */
  step(value: number | undefined, direction: 1 | -1): ShownLevel | undefined {
    if (value === undefined) return this.levels[0];
    const index = this.levels.findIndex((level) => level.value === value);
    return this.levels[Math.min(Math.max(index + direction, 0), this.levels.length - 1)];
  }

  /**
   * The level a number key chooses: the level of that value when every value is a single digit
   * (a 0–4 or 1–5 scale), otherwise the n-th level (1 the lowest).
   */
  fromDigit(digit: number): ShownLevel | undefined {
    const byValue = this.levels.every((level) => level.value >= 0 && level.value <= 9);
    return byValue ? this.level(digit) : this.levels[digit - 1];
  }

  /** The keys that choose a level, first and last, e.g. `1` and `5`. */
  get digitRange(): readonly [number, number] {
    const byValue = this.levels.every((level) => level.value >= 0 && level.value <= 9);
    return byValue ? [this.min, this.max] : [1, Math.min(this.levels.length, 9)];
  }
}
