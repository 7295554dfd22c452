declare module '@socialgouv/jours-feries' {
  /** Public holidays of a year, by French name, as local-midnight Dates; `alsace` adds Good Friday and St Stephen's Day. */
  function joursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
  export = joursFeries;
}
