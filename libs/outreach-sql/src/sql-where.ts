// WHERE clauses built from optional filters, with positional parameters ($1, $2, …) for pg.

/**
 * Conditions joined with AND and the parameters they bind. `add(fragment, value)` binds one new
 * parameter and writes its `$n` for every `?` of the fragment (a value used twice is bound once).
 */
export class SqlWhere {
  private readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  /** A condition with one parameter, written `?` in `fragment`. */
  add(fragment: string, value: unknown): this {
    this.params.push(value);
    this.conditions.push(fragment.replaceAll('?', `$${this.params.length}`));
    return this;
  }

  /** A condition without a parameter. */
  raw(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  /** Binds a parameter used outside the conditions (in a SELECT list): its placeholder. */
  bind(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** The placeholder the next bound parameter will get (for a value bound after the filters). */
  nextPlaceholder(): string {
    return `$${this.params.length + 1}`;
  }

  /** The conditions joined with AND (`TRUE` when there is none). */
  get sql(): string {
    return this.conditions.length === 0 ? 'TRUE' : this.conditions.join(' AND ');
  }
}

/**
 * A list of enum values as SQL literals (`'a_faire', 'en_cours'`) for static SQL text such as
 * `status IN (…)` in partial indexes and constant predicates. Only identifier-like values are
 * accepted: anything else is a programming error, never user input.
 */
export function sqlLiterals(values: readonly string[]): string {
  if (values.length === 0) throw new Error('sqlLiterals: empty list');
  for (const v of values) if (!/^[a-z_][a-z0-9_]*$/.test(v)) throw new Error(`sqlLiterals: not an enum value: ${v}`);
  return values.map((v) => `'${v}'`).join(', ');
}
