/** `{ key: label }` → react-admin `choices` for SelectInput / SelectField. */
export const toChoices = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as Array<[K, string]>).map(([id, name]) => ({ id, name }));
